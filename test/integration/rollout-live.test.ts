import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../../src/keys.js";
import type { TurnOutcome } from "../../workers/turn.js";
import { startHarness, type Harness } from "../helpers/harness.js";

// The channel process (web chat, admin API) and the worker process (gate, turns) are separate relays on one Redis.
let h: Harness;
let redis: Redis;
const outcomes: TurnOutcome[] = [];
beforeAll(async () => {
  h = await startHarness({ role: { kind: "channel", channel: "web" } });
  await h.spawn({ kind: "worker" }, {}, { onTurn: (o) => outcomes.push(o) });
  redis = new Redis(h.redisUrl);
});
afterAll(async () => {
  redis?.disconnect();
  await h?.stop();
});

const put = async (channel: string, body: unknown) => {
  const res = await fetch(`${h.url}/admin/api/rollout/${channel}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const text = (data: string) => (JSON.parse(data) as { text: string }).text;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("rollout changes are live on every process", () => {
  it("admits everyone when nothing is stored", async () => {
    const res = await fetch(`${h.url}/admin/api/rollout`);
    const body = (await res.json()) as { channels: Record<string, { enabled: boolean; percent: number }> };
    expect(body.channels.web).toMatchObject({ enabled: true, percent: 100, killed: false });
    const sse = await h.sse("r-default");
    await h.postWeb("r-default", "m1", "hello");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect(text(reply!.data)).toBe("echo: hello");
    sse.close();
  });

  it("a percentage change made through the admin API reaches the worker process within a second", async () => {
    expect((await put("web", { percent: 0, notAvailableReply: "Not here yet!" })).status).toBe(200);
    const changedAt = Date.now();
    await sleep(1000 - (Date.now() - changedAt));
    const sse = await h.sse("r-out");
    await h.postWeb("r-out", "m1", "hello?");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect(text(reply!.data)).toBe("Not here yet!");
    // Told once: the next message is dropped in silence.
    const before = h.fake.requests.length;
    await h.postWeb("r-out", "m2", "hello again?");
    await sleep(500);
    expect(sse.events.filter((e) => e.event === "reply")).toHaveLength(1);
    expect(h.fake.requests.length).toBe(before);
    sse.close();
  });

  it("a change written to Redis without the announcement is still seen within a second (poll)", async () => {
    await redis.hset(KEYS.rollout(), "web", JSON.stringify({ percent: 100 }));
    await sleep(1100);
    const sse = await h.sse("r-poll");
    await h.postWeb("r-poll", "m1", "polled");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect(text(reply!.data)).toBe("echo: polled");
    sse.close();
  });

  it("the kill switch stops the channel at once, in silence, and unkill brings it back", async () => {
    expect((await put("web", { killed: true })).body).toMatchObject({ rollout: { killed: true } });
    await sleep(300);
    const before = h.fake.requests.length;
    const sse = await h.sse("r-kill");
    await h.postWeb("r-kill", "m1", "anyone?");
    await sleep(700);
    expect(sse.events.filter((e) => e.event === "reply")).toHaveLength(0);
    expect(h.fake.requests.length).toBe(before);
    await put("web", { killed: false });
    await sleep(300);
    await h.postWeb("r-kill", "m2", "back?");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect(text(reply!.data)).toBe("echo: back?");
    sse.close();
  });

  it("uses the variant's model for users in that cohort and records channel, cohort, model and mode", async () => {
    await put("web", { percent: 100, variants: [{ name: "big", model: "fake-big", percent: 100 }] });
    await sleep(300);
    const sse = await h.sse("r-variant");
    await h.postWeb("r-variant", "m1", "which model?");
    await sse.waitFor((e) => e.event === "reply");
    expect(h.fake.requests.at(-1)!.body.model).toBe("fake-big");
    const outcome = outcomes.find((o) => o.conversationId === "web:r-variant")!;
    expect(outcome).toMatchObject({ channel: "web", cohort: "big", model: "fake-big" });
    expect(outcome.mode).toBeTruthy();
    const record = await redis.hgetall(`spark:turn:${outcome.turnId}`);
    expect(record).toMatchObject({ channel: "web", cohort: "big", model: "fake-big", mode: outcome.mode });
    await put("web", { variants: [] });
    sse.close();
  });

  it("admits an allowlisted user at 0% and silences a denied one at 100%", async () => {
    // A web user is its browser conversation id.
    await put("web", { percent: 0, allow: ["r-vip"], notAvailableReply: null });
    await sleep(300);
    const vip = await h.sse("r-vip");
    const nobody = await h.sse("r-nobody");
    await h.postWeb("r-vip", "m1", "am I in?");
    await h.postWeb("r-nobody", "m1", "and me?");
    const [reply] = await vip.waitFor((e) => e.event === "reply");
    expect(text(reply!.data)).toBe("echo: am I in?");
    await sleep(500);
    expect(nobody.events.filter((e) => e.event === "reply")).toHaveLength(0);
    await put("web", { percent: 100, allow: [], deny: ["r-vip"] });
    await sleep(300);
    const before = h.fake.requests.length;
    await h.postWeb("r-vip", "m2", "still there?");
    await sleep(700);
    expect(vip.events.filter((e) => e.event === "reply")).toHaveLength(1);
    expect(h.fake.requests.length).toBe(before);
    await put("web", { deny: [] });
    vip.close();
    nobody.close();
  });

  it("rejects invalid rollouts and unknown channels", async () => {
    expect((await put("web", { percent: 120 })).status).toBe(400);
    expect((await put("web", { surprise: 1 })).status).toBe(400);
    expect((await put("fax", { percent: 1 })).status).toBe(404);
  });

  it("needs the admin token when one is set", async () => {
    const guarded = await h.spawn({ kind: "channel", channel: "web" }, { ADMIN_TOKEN: "admin-TEST-token-not-real" });
    const no = await fetch(`${guarded.url}/admin/api/rollout`);
    expect(no.status).toBe(401);
    const wrong = await fetch(`${guarded.url}/admin/api/rollout`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const yes = await fetch(`${guarded.url}/admin/api/rollout`, { headers: { authorization: "Bearer admin-TEST-token-not-real" } });
    expect(yes.status).toBe(200);
  });
});
