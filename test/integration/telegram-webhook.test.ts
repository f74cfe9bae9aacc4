import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramAdapter } from "../../adapters/telegram/index.js";
import type { ChannelAdapter } from "../../src/channel.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.js";
import { createTestContext, type TestContext } from "./telegram-context.js";
import { PRIVATE, messageUpdate } from "./telegram-updates.js";

const SECRET = "test_secret-not-real_123";

describe("telegram adapter: webhook on the shared HTTP server", () => {
  let fake: FakeTelegram;
  let ctx: TestContext;
  let adapter: ChannelAdapter;
  let url: string;

  const post = (body: string, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) =>
    fetch(`${url}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  beforeAll(async () => {
    fake = await startFakeTelegram();
    ctx = await createTestContext();
    adapter = createTelegramAdapter({
      token: fake.token,
      apiRoot: fake.apiRoot,
      webhookUrl: "https://relay.example.test/telegram/webhook",
      webhookSecret: SECRET,
      context: ctx.context,
      commands: [{ name: "help", description: "what I can do" }],
    });
    adapter.registerRoutes!(ctx.context.http);
    url = await ctx.context.http.listen({ host: "127.0.0.1", port: 0 });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await ctx?.close();
    await fake?.close();
  });

  it("sets the webhook with its secret and does not poll", () => {
    expect(fake.webhook).toEqual({ url: "https://relay.example.test/telegram/webhook", secret: SECRET });
    expect(fake.callsOf("setWebhook")[0]!.params.allowed_updates).toEqual(["message", "callback_query", "message_reaction"]);
    expect(fake.callsOf("getUpdates")).toHaveLength(0);
    expect(adapter.health()).toEqual({ connected: true, state: "webhook" });
  });

  it("rejects a missing secret with 401 and a wrong one with 403", async () => {
    const body = JSON.stringify(messageUpdate(PRIVATE, { text: "sneaky" }, 1));
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(403);
    expect((await post(body, { "x-telegram-bot-api-secret-token": `${SECRET}x` })).status).toBe(403);
    expect(await ctx.queued()).toHaveLength(0);
  });

  it("answers a malformed body with 400 and an oversized one with 413, never 5xx", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: "world" }))).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 5, message: { text: "x".repeat(2 * 1024 * 1024) } }))).status).toBe(413);
  });

  it("acknowledges an update only once it is queued, and a redelivery makes no second job", async () => {
    const update = messageUpdate(PRIVATE, { text: "via webhook" }, 7001);
    const res = await post(JSON.stringify(update));
    expect(res.status).toBe(200);
    const queued = await ctx.queued();
    expect(queued.map((m) => m.text)).toEqual(["via webhook"]);
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect((await post(JSON.stringify({ ...update, update_id: 7002 }))).status).toBe(200);
    expect(await ctx.queued()).toHaveLength(1);
  });

  it("acknowledges updates it does not handle without answering them", async () => {
    const before = fake.callsOf("sendMessage").length;
    for (const u of [
      { update_id: 8001, edited_message: { message_id: 1, date: 1, edit_date: 2, chat: PRIVATE, text: "edit" } },
      { update_id: 8002, my_chat_member: { chat: PRIVATE } },
      { update_id: 8003, something_new: { x: 1 } },
    ]) {
      expect((await post(JSON.stringify(u))).status).toBe(200);
    }
    expect(await ctx.queued()).toHaveLength(1);
    expect(fake.callsOf("sendMessage").length).toBe(before);
  });
});
