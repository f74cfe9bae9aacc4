import OpenAI from "openai";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../../src/keys.js";
import { createPartnerKeyStore } from "../../src/partners/store.js";
import { lastUserText } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import type { TurnOutcome } from "../../workers/turn.js";

let h: Harness;
let redis: Redis;
let key: string;
let keyId: string;
const outcomes: TurnOutcome[] = [];
beforeAll(async () => {
  h = await startHarness({ overrides: { onTurn: (o) => outcomes.push(o) } });
  redis = new Redis(h.redisUrl);
  const created = await createPartnerKeyStore(redis).create("Acme Test");
  key = created.key;
  keyId = created.record.id;
});
afterAll(async () => {
  redis?.disconnect();
  await h?.stop();
});

const client = (apiKey = key) => new OpenAI({ apiKey, baseURL: `${h.url}/v1`, maxRetries: 0, timeout: 20_000 });
const post = async (body: unknown, apiKey = key, raw = false) => {
  const res = await fetch(`${h.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error: { message: string; type: string; param: string | null; code: string | null } } };
};

describe("the partner API with the official openai client", () => {
  it("lists the models", async () => {
    const models = await client().models.list();
    expect(models.data.map((m) => m.id)).toEqual(["spark"]);
  });

  it("answers a non-streamed completion through the queues, with earlier messages as context and usage", async () => {
    h.fake.setResponder(() => ({ text: "Paris is the capital of France." }));
    const completion = await client().chat.completions.create({
      model: "spark",
      messages: [
        { role: "system", content: "Answer in one sentence." },
        { role: "user", content: "I am planning a trip." },
        { role: "assistant", content: "Nice! Where to?" },
        { role: "user", content: [{ type: "text", text: "What is the capital " }, { type: "text", text: "of France?" }] },
      ],
      user: "end-user-42",
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]!.message).toMatchObject({ role: "assistant", content: "Paris is the capital of France." });
    expect(completion.choices[0]!.finish_reason).toBe("stop");
    expect(completion.usage!.completion_tokens).toBeGreaterThan(0);
    expect(completion.usage!.total_tokens).toBe(completion.usage!.prompt_tokens + completion.usage!.completion_tokens);
    const sent = h.fake.requests.at(-1)!;
    expect(lastUserText(sent)).toBe("What is the capital of France?");
    const roles = sent.body.messages.map((m) => m.role);
    expect(roles).toEqual(["system", "system", "user", "assistant", "user"]);
    expect(sent.body.messages[1]!.content).toBe("Answer in one sentence.");
    const outcome = outcomes.find((o) => o.channel === "api" && o.conversationId.startsWith(`api:${keyId}:`))!;
    expect(outcome).toMatchObject({ channel: "api", cohort: "default", kind: "answer" });
    // Tokens are counted against the key's daily quota.
    await expect.poll(async () => Number(await redis.get(KEYS.partnerTokens(keyId, new Date().toISOString().slice(0, 10))))).toBe(completion.usage!.total_tokens);
  });

  it("streams deltas in the OpenAI chunk format with usage", async () => {
    const answer = "Streaming works in several little pieces.";
    h.fake.setResponder(() => ({ text: answer, chunkDelayMs: 5 }));
    const stream = await client().chat.completions.create({ model: "spark", messages: [{ role: "user", content: "stream please" }], stream: true, stream_options: { include_usage: true } });
    const pieces: string[] = [];
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      const choice = chunk.choices[0];
      if (choice?.delta.content) pieces.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(pieces.join("")).toBe(answer);
    expect(pieces.length).toBeGreaterThan(2);
    expect(finish).toBe("stop");
    expect(usage!.completion_tokens).toBeGreaterThan(0);
  });

  it("cancels the turn when a streaming client disconnects", async () => {
    h.fake.setResponder(() => ({ text: "word ".repeat(400), chunkDelayMs: 30 }));
    const controller = new AbortController();
    const stream = await client().chat.completions.create({ model: "spark", messages: [{ role: "user", content: "a long one" }], stream: true }, { signal: controller.signal });
    let got = 0;
    try {
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta.content && ++got === 3) controller.abort();
      }
    } catch {
      // The SDK may end the iteration or throw on abort; either way the client is gone.
    }
    const request = h.fake.requests.at(-1)!;
    // The model call is abandoned long before the 5 s the whole answer would take, and the turn records why.
    await expect.poll(() => request.endedAt, { timeout: 3000 }).toBeDefined();
    expect(request.endedAt! - request.at).toBeLessThan(3000);
    await expect.poll(() => outcomes.find((o) => o.channel === "api" && o.error === "model_cancelled"), { timeout: 3000 }).toBeDefined();
  });

  it("answers a request held by another process, whichever process delivers the reply, and stores no history", async () => {
    const other = await h.spawn({ kind: "channel", channel: "api" });
    h.fake.setResponder((r) => ({ text: `held elsewhere: ${lastUserText(r)}` }));
    const remote = new OpenAI({ apiKey: key, baseURL: `${other.url}/v1`, maxRetries: 0, timeout: 20_000 });
    const answers = await Promise.all(
      ["one", "two", "three", "four"].map((q) => remote.chat.completions.create({ model: "spark", messages: [{ role: "user", content: q }] })),
    );
    expect(answers.map((a) => a.choices[0]!.message.content)).toEqual(["one", "two", "three", "four"].map((q) => `held elsewhere: ${q}`));
    expect(await redis.keys("spark:conv:{api:*}:history")).toEqual([]);
  });

  it("refuses a missing, wrong or revoked key with 401", async () => {
    await expect(client("sk-spark-wrong-key-not-real").chat.completions.create({ model: "spark", messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({
      status: 401,
      code: "invalid_api_key",
    });
    const missing = await fetch(`${h.url}/v1/models`);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
    const store = createPartnerKeyStore(redis);
    const doomed = await store.create("Short-lived");
    expect((await client(doomed.key).models.list()).data).toHaveLength(1);
    await store.revoke(doomed.record.id);
    await expect(client(doomed.key).models.list()).rejects.toMatchObject({ status: 401 });
  });

  it("answers a malformed body and unsupported fields with OpenAI-style 400s", async () => {
    const bad = await post("{ not json", key, true);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ type: "invalid_request_error" });
    expect(bad.body.error.message).toMatch(/JSON/);
    const noMessages = await post({ model: "spark" });
    expect(noMessages.status).toBe(400);
    expect(noMessages.body.error).toMatchObject({ type: "invalid_request_error", param: "messages", code: "missing_required_parameter" });
    const wrongType = await post({ model: "spark", messages: [{ role: "user", content: 5 }] });
    expect(wrongType.body.error).toMatchObject({ type: "invalid_request_error", param: "messages[0].content" });
    const tools = await post({ model: "spark", messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f" } }] });
    expect(tools.status).toBe(400);
    expect(tools.body.error).toMatchObject({ param: "tools", code: "unsupported_parameter" });
    const n = await post({ model: "spark", messages: [{ role: "user", content: "hi" }], n: 2 });
    expect(n.body.error).toMatchObject({ param: "n" });
    const image = await post({ model: "spark", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "http://x" } }] }] });
    expect(image.body.error).toMatchObject({ param: "messages[0].content[0]", code: "unsupported_content" });
    const unknown = await post({ model: "spark", messages: [{ role: "user", content: "hi" }], frobnicate: true });
    expect(unknown.body.error.message).toMatch(/Unrecognized request argument supplied: frobnicate/);
    const model = await post({ model: "gpt-nope", messages: [{ role: "user", content: "hi" }] });
    expect(model.status).toBe(404);
    expect(model.body.error.code).toBe("model_not_found");
    await expect(client().chat.completions.create({ model: "spark", messages: [{ role: "user", content: "hi" }], logprobs: true })).rejects.toMatchObject({ status: 400, param: "logprobs" });
  });

  it("answers 429 with Retry-After on the rate limit and on a spent daily quota", async () => {
    const store = createPartnerKeyStore(redis);
    const limited = await store.create("Tiny", { requestsPerMinute: 2, dailyTokens: 1_000_000 });
    await client(limited.key).models.list();
    const ask = () => post({ model: "spark", messages: [{ role: "user", content: "hi" }] }, limited.key);
    h.fake.setResponder(() => ({ text: "ok" }));
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const third = await ask();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(third.body.error.code).toBe("rate_limit_exceeded");

    const small = await store.create("Small quota", { dailyTokens: 5 });
    expect((await post({ model: "spark", messages: [{ role: "user", content: "use my tokens" }] }, small.key)).status).toBe(200);
    await expect.poll(async () => Number(await redis.get(KEYS.partnerTokens(small.record.id, new Date().toISOString().slice(0, 10))))).toBeGreaterThanOrEqual(5);
    const spent = await post({ model: "spark", messages: [{ role: "user", content: "more" }] }, small.key);
    expect(spent.status).toBe(429);
    expect(spent.body.error).toMatchObject({ type: "insufficient_quota", code: "insufficient_quota" });
    expect(Number(spent.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(spent.headers.get("retry-after"))).toBeLessThanOrEqual(86400);
    await expect(client(small.key).chat.completions.create({ model: "spark", messages: [{ role: "user", content: "sdk" }] })).rejects.toMatchObject({ status: 429 });
  });

  it("answers 503 while the api channel is killed, and works again after unkill", async () => {
    await fetch(`${h.url}/admin/api/rollout/api`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ killed: true }) });
    await new Promise((r) => setTimeout(r, 300));
    const killed = await post({ model: "spark", messages: [{ role: "user", content: "hi" }] });
    expect(killed.status).toBe(503);
    expect(killed.body.error.code).toBe("rollout_killed");
    await expect(client().chat.completions.create({ model: "spark", messages: [{ role: "user", content: "hi" }], stream: true })).rejects.toMatchObject({
      status: 503,
      code: "rollout_killed",
    });
    await fetch(`${h.url}/admin/api/rollout/api`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ killed: false }) });
    await new Promise((r) => setTimeout(r, 300));
    expect((await post({ model: "spark", messages: [{ role: "user", content: "hi" }] })).status).toBe(200);
  });

  it("manages keys through the admin API", async () => {
    const created = await fetch(`${h.url}/admin/api/keys`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner: "Admin Made" }) });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; key: string; partner: string };
    expect(body.key).toMatch(/^sk-spark-/);
    expect((await client(body.key).models.list()).data).toHaveLength(1);
    const list = (await (await fetch(`${h.url}/admin/api/keys`)).json()) as { keys: Array<{ id: string; hash?: string }> };
    expect(list.keys.find((k) => k.id === body.id)).toBeDefined();
    expect(JSON.stringify(list)).not.toContain(body.key);
    expect(list.keys.every((k) => k.hash === undefined)).toBe(true);
    expect((await fetch(`${h.url}/admin/api/keys/${body.id}`, { method: "DELETE" })).status).toBe(200);
    await expect(client(body.key).models.list()).rejects.toMatchObject({ status: 401 });
  });
});
