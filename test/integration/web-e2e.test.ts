import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastUserText } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const parse = (data: string) => JSON.parse(data) as { text: string; replyTo?: string };

describe("web chat end to end through the queues", () => {
  it("serves the chat page", async () => {
    const res = await fetch(`${h.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("/api/web/messages");
    expect(html).toContain('name="viewport"');
  });

  it("answers a message with streamed deltas and then a reply", async () => {
    h.fake.setResponder(() => ({ text: "Hello there! This answer is streamed in several pieces.", chunkDelayMs: 5 }));
    const sse = await h.sse("conv-e2e");
    const posted = await h.postWeb("conv-e2e", "m1", "hi spark");
    expect(posted).toEqual({ status: 202, body: { status: "queued", id: "m1" } });
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    const deltas = sse.events.filter((e) => e.event === "delta").map((e) => parse(e.data).text);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join("")).toBe("Hello there! This answer is streamed in several pieces.");
    expect(parse(reply!.data)).toMatchObject({ text: "Hello there! This answer is streamed in several pieces.", replyTo: "m1" });
    expect(sse.events.findIndex((e) => e.event === "delta")).toBeLessThan(sse.events.indexOf(reply!));
    const request = h.fake.requests.at(-1)!;
    expect(request.body.stream).toBe(true);
    expect(request.body.messages[0]).toMatchObject({ role: "system" });
    expect(lastUserText(request)).toBe("hi spark");
    sse.close();
  });

  it("keeps history between turns and forgets it on /reset", async () => {
    h.fake.setResponder((r) => ({ text: `seen ${r.body.messages.length} messages` }));
    const sse = await h.sse("conv-hist");
    await h.postWeb("conv-hist", "a1", "my name is Ada");
    await sse.waitFor((e) => e.event === "reply", 1);
    await h.postWeb("conv-hist", "a2", "what is my name?");
    await sse.waitFor((e) => e.event === "reply", 2);
    const second = h.fake.requests.at(-1)!;
    expect(second.body.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(second.body.messages[1]!.content).toBe("my name is Ada");
    await h.postWeb("conv-hist", "a3", "/reset");
    const replies = await sse.waitFor((e) => e.event === "reply", 3);
    expect(parse(replies[2]!.data).text).toMatch(/forgotten/);
    await h.postWeb("conv-hist", "a4", "hello again");
    await sse.waitFor((e) => e.event === "reply", 4);
    expect(h.fake.requests.at(-1)!.body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    sse.close();
  });

  it("answers /help without calling the model", async () => {
    const before = h.fake.requests.length;
    const sse = await h.sse("conv-help");
    await h.postWeb("conv-help", "h1", "/help");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect(parse(reply!.data).text).toContain("/reset");
    expect(h.fake.requests.length).toBe(before);
    sse.close();
  });

  it("accepts the same message id three times and replies once", async () => {
    h.fake.setResponder(() => ({ text: "only once", delayMs: 100 }));
    const before = h.fake.requests.length;
    const sse = await h.sse("conv-dup");
    const results = await Promise.all([h.postWeb("conv-dup", "same", "hello"), h.postWeb("conv-dup", "same", "hello")]);
    await sse.waitFor((e) => e.event === "reply");
    const third = await h.postWeb("conv-dup", "same", "hello");
    for (const r of [...results, third]) expect(r.status).toBe(202);
    expect(third.body).toMatchObject({ status: "duplicate" });
    await new Promise((r) => setTimeout(r, 600));
    expect(sse.events.filter((e) => e.event === "reply")).toHaveLength(1);
    expect(h.fake.requests.length - before).toBe(1);
    sse.close();
  });

  it("retries the model after 500s and answers", async () => {
    h.fake.setResponder(() => ({ text: "recovered" }));
    h.fake.failNext(2, 500);
    const before = h.fake.requests.length;
    const sse = await h.sse("conv-retry");
    await h.postWeb("conv-retry", "r1", "are you there?");
    const [reply] = await sse.waitFor((e) => e.event === "reply", 1, 15_000);
    expect(parse(reply!.data).text).toBe("recovered");
    expect(h.fake.requests.length - before).toBe(3);
    sse.close();
  });

  it("sends a short apology when the model keeps failing, never silence", async () => {
    h.fake.setResponder(() => ({ status: 503 }));
    const sse = await h.sse("conv-down");
    await h.postWeb("conv-down", "d1", "hello?");
    const [reply] = await sse.waitFor((e) => e.event === "reply", 1, 15_000);
    expect(parse(reply!.data).text).toMatch(/sorry/i);
    expect(parse(reply!.data).replyTo).toBe("d1");
    h.fake.setResponder(() => ({ text: "back" }));
    sse.close();
  });

  it("rejects malformed and oversized posts with a clear 4xx", async () => {
    const bad = await fetch(`${h.url}/api/web/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    const missing = await h.postWeb("conv-bad", "", "");
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain("messageId");
    const huge = await h.postWeb("conv-bad", "big", "x".repeat(40_000));
    expect(huge.status).toBe(413);
    const wayTooBig = await fetch(`${h.url}/api/web/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: "c", messageId: "m", text: "y".repeat(400_000) }),
    });
    expect(wayTooBig.status).toBe(413);
  });

  it("reports health and readiness", async () => {
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Array<{ name: string; ok: boolean }> };
    expect(body.checks.find((c) => c.name === "redis")?.ok).toBe(true);
  });

  it("replays missed replies to a browser that reconnects with Last-Event-ID", async () => {
    h.fake.setResponder(() => ({ text: "first" }));
    const sse = await h.sse("conv-replay");
    await h.postWeb("conv-replay", "p1", "one");
    const [r1] = await sse.waitFor((e) => e.event === "reply");
    sse.close();
    h.fake.setResponder(() => ({ text: "second" }));
    await h.postWeb("conv-replay", "p2", "two");
    await new Promise((r) => setTimeout(r, 500));
    const { openSse } = await import("../helpers/sse.js");
    const again = await openSse(`${h.url}/api/web/conversations/conv-replay/events`, { "last-event-id": r1!.id! });
    const [missed] = await again.waitFor((e) => e.event === "reply");
    expect(parse(missed!.data).text).toBe("second");
    again.close();
  });
});
