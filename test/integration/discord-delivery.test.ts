import { createFeedbackStore } from "../../src/feedback.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.js";
import type { ChannelAdapter, ChannelContext } from "../../src/channel.js";
import { PlatformAuthError, PlatformRateLimitError } from "../../src/errors.js";
import { redisLedger } from "../../src/outbox.js";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/server.js";
import { messagePayload, userPayload } from "../fakes/discord/payloads.js";
import type { Harness } from "../helpers/harness.js";
import { DISCORD_TEST_TOKEN, startDiscordRig, type DiscordRig } from "./discord-rig.js";

const TOKEN = DISCORD_TEST_TOKEN;

let fake: FakeDiscord;
let h: Harness;
let adapter: ChannelAdapter;
let rig: DiscordRig;

beforeAll(async () => {
  rig = await startDiscordRig(() => ({ streaming: false, maxInlineRateLimitMs: 2000 }));
  ({ fake, h } = rig);
  adapter = rig.adapter();
});
afterAll(async () => {
  await rig?.stop();
});

function contextOf(harness: Harness): ChannelContext {
  const r = harness.relay;
  return { intake: r.intake, events: r.events, blobs: r.blobs, http: r.http!, redis: r.redis, logger: r.logger, dataDir: mkdtempSync(join(tmpdir(), "spark-discord-")), feedback: createFeedbackStore(r.redis) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const channelPosts = (channelId: string) => fake.calls("POST", new RegExp(`^/channels/${channelId}/messages$`));
const contentOf = (r: { body: unknown }) => (r.body as { content: string }).content;

/** A one-part answer addressed to the fake's DM channel. */
function dmPart(turnId: string, text: string, route: Record<string, string> = {}) {
  const dm = fake.world.dmChannelId;
  return {
    channel: "discord" as const,
    conversationId: `discord:${dm}`,
    chatId: dm,
    turnId,
    key: `${turnId}#0`,
    part: 0,
    parts: 1,
    text,
    attachments: [],
    route: { channelId: dm, ...route },
    kind: "answer" as const,
    meta: {},
  };
}

describe("discord delivery: rate limits, permissions, idempotency", () => {
  it("registers commands globally when no guild is configured", () => {
    expect(fake.calls("PUT", new RegExp(`^/applications/${fake.world.applicationId}/commands$`))).toHaveLength(1);
  });

  it("waits out a 429 on the first send (retry_after honoured) and delivers once", async () => {
    const w = fake.world;
    h.fake.setResponder(() => ({ text: "after the rate limit" }));
    fake.rateLimitNext("POST", new RegExp(`^/channels/${w.textChannelId}/messages$`), 0.3);
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: `<@${w.botId}> hi`, mentions: [userPayload(w.botId, "spark", true)] }));
    const calls = await fake.waitFor(() => channelPosts(w.textChannelId).length >= 2 && channelPosts(w.textChannelId), 10_000, "retried send");
    await sleep(300);
    expect(channelPosts(w.textChannelId)).toHaveLength(2);
    expect(calls.map(contentOf)).toEqual(["after the rate limit", "after the rate limit"]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(290);
  });

  it("records a missing permission (50013) and does not retry it", async () => {
    const w = fake.world;
    h.fake.setResponder(() => ({ text: "you will not see this" }));
    fake.failNext({ method: "POST", path: new RegExp(`^/channels/${w.threadId}/messages$`), status: 403, body: { message: "Missing Permissions", code: 50013 } });
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.threadId, guildId: w.guildId, content: `<@${w.botId}> hi`, mentions: [userPayload(w.botId, "spark", true)] }));
    await fake.waitFor(() => channelPosts(w.threadId).length >= 1, 10_000, "first attempt");
    await sleep(2500);
    expect(channelPosts(w.threadId)).toHaveLength(1);
    expect(adapter.health().connected).toBe(true);
  });

  it("never posts a piece twice for the same ledger", async () => {
    const w = fake.world;
    const part = dmPart("turn-ledger", "once only", { messageId: "940000000000000001" });
    const ledger = redisLedger(h.relay.redis, part.key);
    const first = await adapter.send(part, ledger);
    const again = await adapter.send(part, ledger);
    expect(again).toEqual(first);
    expect(channelPosts(w.dmChannelId).filter((r) => contentOf(r) === "once only")).toHaveLength(1);
  });

  it("lets a long 429 escape as PlatformRateLimitError with its retry-after", async () => {
    const w = fake.world;
    fake.rateLimitNext("POST", new RegExp(`^/channels/${w.dmChannelId}/messages$`), 5);
    const part = dmPart("turn-429", "later");
    const err = await adapter.send(part, redisLedger(h.relay.redis, part.key)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformRateLimitError);
    expect((err as PlatformRateLimitError).retryAfterMs).toBeGreaterThanOrEqual(5000);
  });
});

describe("discord gateway: resume and bad tokens", () => {
  it("resumes on the resume URL after a dropped connection and keeps answering", async () => {
    const w = fake.world;
    h.fake.setResponder(() => ({ text: "still here" }));
    fake.dropConnections(4000);
    await fake.waitFor(() => fake.gatewayOps.some((o) => o.op === 6 && o.path.startsWith("/resume")), 10_000, "RESUME");
    await fake.waitFor(() => adapter.health().state === "ready", 5000, "ready again");
    expect(fake.gatewayOps.filter((o) => o.op === 2)).toHaveLength(1);
    const before = channelPosts(w.textChannelId).length;
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: `<@${w.botId}> you there?`, mentions: [userPayload(w.botId, "spark", true)] }));
    await fake.waitFor(() => channelPosts(w.textChannelId).length > before, 10_000, "answer after resume");
  });

  it("stops cleanly on a token REST rejects (401), without connecting the gateway", async () => {
    const identifies = () => fake.gatewayOps.filter((o) => o.op === 2 || o.op === 6).length;
    const ops = identifies();
    const bad = createDiscordAdapter({ token: "999.TEST-wrong-token", apiBase: fake.apiBase, context: contextOf(h) });
    await expect(bad.start()).rejects.toBeInstanceOf(PlatformAuthError);
    expect(bad.health()).toMatchObject({ connected: false, state: "auth-failed" });
    await sleep(1000);
    expect(identifies()).toBe(ops);
    await bad.stop();
  });

  it("stops cleanly on gateway close 4004 instead of reconnecting", async () => {
    const rejecting = await startFakeDiscord({ token: TOKEN, rejectIdentify: true });
    try {
      const bad = createDiscordAdapter({ token: TOKEN, apiBase: rejecting.apiBase, context: contextOf(h) });
      await expect(bad.start()).rejects.toBeInstanceOf(PlatformAuthError);
      expect(bad.health()).toMatchObject({ connected: false, state: "auth-failed" });
      await sleep(1500);
      expect(rejecting.gatewayOps.filter((o) => o.op === 2)).toHaveLength(1);
      await bad.stop();
    } finally {
      await rejecting.close();
    }
  });
});
