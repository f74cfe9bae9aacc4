import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramAdapter } from "../../adapters/telegram/index.js";
import type { ChannelAdapter } from "../../src/channel.js";
import { PlatformInvalidRequestError, PlatformPermissionError, PlatformRateLimitError } from "../../src/errors.js";
import { QUEUES } from "../../src/keys.js";
import type { OutboundMessage } from "../../src/message.js";
import { enqueueOutbox, redisLedger, startOutboxWorker } from "../../src/outbox.js";
import { parseTelegramHtml } from "../fakes/telegram/html.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.js";
import { createTestContext, type TestContext } from "./telegram-context.js";

let turn = 0;
function part(chatId: string, text: string, route: Record<string, string> = {}, turnId = `turn-${++turn}`): OutboundMessage {
  return { channel: "telegram", conversationId: `telegram:${chatId}`, chatId, turnId, key: `${turnId}#0`, part: 0, parts: 1, text, attachments: [], route, kind: "answer", meta: {} };
}

describe("telegram adapter: sending", () => {
  let fake: FakeTelegram;
  let ctx: TestContext;
  let adapter: ChannelAdapter;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    ctx = await createTestContext();
    adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, context: ctx.context, streamIntervalMs: 1000, typingIntervalMs: 300 });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await ctx?.close();
    await fake?.close();
  });

  it("splits a 6,000-character answer with formatting intact, replies in the group topic, and never posts a piece twice", async () => {
    const markdown = Array.from({ length: 80 }, (_, i) => `**Point ${i}.** Some *emphasis* and \`inline code\` with text & symbols <like this>.`).join("\n\n");
    expect(markdown.length).toBeGreaterThan(6000);
    const message = part("-100777", markdown, { messageId: "55", threadId: "9", chatType: "supergroup" });
    const ledger = redisLedger(ctx.context.redis, message.key);
    const result = await adapter.send(message, ledger);
    const sent = fake.chat("-100777");
    expect(sent.length).toBe(2);
    expect(result.platformMessageIds).toEqual(sent.map((m) => String(m.messageId)));
    for (const m of sent) {
      expect(m.text.length).toBeLessThanOrEqual(4096);
      expect(m.params.parse_mode).toBe("HTML");
      expect(m.params.message_thread_id).toBe(9);
      expect(m.raw).toMatch(/^<b>Point \d+\.<\/b>/);
    }
    expect(sent[0]!.params.reply_parameters).toEqual({ message_id: 55, allow_sending_without_reply: true });
    expect(sent[1]!.params.reply_parameters).toBeUndefined();
    expect(sent.map((m) => m.text).join("\n\n")).toContain("Point 79. Some emphasis and inline code with text & symbols <like this>.");
    await adapter.send(message, ledger);
    expect(fake.chat("-100777").length).toBe(2);
  });

  it("does not reply-quote in a private chat", async () => {
    await adapter.send(part("4242", "hi", { messageId: "7", chatType: "private" }), redisLedger(ctx.context.redis, "p1"));
    expect(fake.chat("4242")[0]!.params.reply_parameters).toBeUndefined();
  });

  it("resends a piece as plain text when Telegram refuses its HTML", async () => {
    fake.failNext(1, { code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3" });
    await adapter.send(part("5151", "**bold** text"), redisLedger(ctx.context.redis, "fallback"));
    const [m] = fake.chat("5151");
    expect(m!.raw).toBe("bold text");
    expect(m!.params.parse_mode).toBeUndefined();
  });

  it("maps 429, 403 and 400 to the relay's platform errors", async () => {
    fake.failNext(1, { code: 429, description: "Too Many Requests: retry after 3", retryAfter: 3 });
    const limited = await adapter.send(part("6161", "a"), redisLedger(ctx.context.redis, "e1")).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(PlatformRateLimitError);
    expect((limited as PlatformRateLimitError).retryAfterMs).toBe(3000);
    fake.failNext(1, { code: 403, description: "Forbidden: bot was blocked by the user" });
    await expect(adapter.send(part("6262", "a"), redisLedger(ctx.context.redis, "e2"))).rejects.toBeInstanceOf(PlatformPermissionError);
    fake.failNext(1, { code: 400, description: "Bad Request: chat not found" });
    await expect(adapter.send(part("6363", "a"), redisLedger(ctx.context.redis, "e3"))).rejects.toBeInstanceOf(PlatformInvalidRequestError);
  });

  it("shows typing while a turn runs and streams into a placeholder the final answer replaces", async () => {
    const base = { channel: "telegram" as const, conversationId: "telegram:8080", chatId: "8080", turnId: "turn-stream", route: { messageId: "3", chatType: "private" } };
    adapter.onTurnEvent!({ ...base, type: "start" });
    await fake.waitFor(() => fake.callsOf("sendChatAction").filter((c) => c.params.chat_id === "8080").length >= 2, 3000);
    adapter.onTurnEvent!({ ...base, type: "delta", text: "Hello **wor", seq: 0 });
    const placeholder = await fake.waitFor(() => fake.chat("8080")[0], 3000);
    expect(placeholder.text).toBe("Hello **wor");
    adapter.onTurnEvent!({ ...base, type: "delta", text: "ld** and more", seq: 1 });
    await fake.waitFor(() => fake.chat("8080")[0]!.edits >= 1, 3000);
    adapter.onTurnEvent!({ ...base, type: "end" });
    const typingCalls = fake.callsOf("sendChatAction").length;
    await adapter.send(part("8080", "Hello **world** and more, finally.", base.route, "turn-stream"), redisLedger(ctx.context.redis, "stream"));
    const messages = fake.chat("8080");
    expect(messages.length).toBe(1);
    expect(messages[0]!.raw).toBe("Hello <b>world</b> and more, finally.");
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.callsOf("sendChatAction").length).toBe(typingCalls);
    // Streaming edits keep the configured interval (>= 1 s); only the final answer's edit is immediate.
    const post = fake.callsOf("sendMessage").find((c) => c.params.chat_id === "8080")!.at;
    const firstEdit = fake.callsOf("editMessageText").find((c) => c.params.chat_id === "8080")!.at;
    expect(firstEdit - post).toBeGreaterThanOrEqual(950);
    expect(parseTelegramHtml(messages[0]!.raw).ok).toBe(true);
  });

  it("a flood of 10 replies in one chat goes out complete and in order through the outbox, 429s waited out", async () => {
    const redis = new Redis(ctx.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.outbox("telegram"), { connection: redis });
    const worker = startOutboxWorker({ adapter, connection: redis, redis: ctx.context.redis, logger: ctx.context.logger });
    try {
      fake.failNext(1, { code: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
      for (let i = 0; i < 10; i++) {
        const p = part("9090", `reply number ${i}`, { chatType: "private" }, `flood-${i}`);
        await enqueueOutbox(queue, { channel: "telegram", conversationId: p.conversationId, turnId: p.turnId, parts: [p] });
      }
      const sent = await fake.waitFor(() => fake.chat("9090").length === 10 && fake.chat("9090"), 25_000);
      expect(sent.map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `reply number ${i}`));
      const rejected = fake.calls.filter((c) => c.method === "sendMessage" && c.params.chat_id === "9090").length - 10;
      expect(rejected).toBe(1);
    } finally {
      await worker.close();
      await queue.close();
      redis.disconnect();
    }
  }, 40_000);
});
