import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramAdapter } from "../../adapters/telegram/index.js";
import type { ChannelAdapter } from "../../src/channel.js";
import { PlatformAuthError } from "../../src/errors.js";
import { parseInboundId, type InboundMessage } from "../../src/message.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.js";
import { createTestContext, type TestContext } from "./telegram-context.js";
import { ALICE, BOT, FORUM, GROUP, PRIVATE, messageUpdate, textWithEntities } from "./telegram-updates.js";

describe("telegram adapter: long polling against the fake Bot API", () => {
  let fake: FakeTelegram;
  let ctx: TestContext;
  let adapter: ChannelAdapter;

  beforeAll(async () => {
    fake = await startFakeTelegram({ botId: BOT.id, username: BOT.username });
    ctx = await createTestContext();
    adapter = createTelegramAdapter({
      token: fake.token,
      apiRoot: fake.apiRoot,
      context: ctx.context,
      commands: [
        { name: "start", description: "say hello" },
        { name: "help", description: "what I can do" },
        { name: "reset", description: "forget our conversation" },
      ],
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await ctx?.close();
    await fake?.close();
  });

  it("starts polling: getMe, command menu, webhook removed, healthy", () => {
    expect(fake.callsOf("getMe").length).toBe(1);
    expect(fake.callsOf("setMyCommands")[0]!.params.commands).toEqual([
      { command: "start", description: "say hello" },
      { command: "help", description: "what I can do" },
      { command: "reset", description: "forget our conversation" },
    ]);
    expect(fake.callsOf("deleteWebhook").length).toBeGreaterThanOrEqual(1);
    expect(adapter.health()).toEqual({ connected: true, state: "polling" });
  });

  it("normalizes a varied set of realistic updates and ignores the rest politely", async () => {
    fake.addFile("photo-big", new Uint8Array([1, 2, 3, 4]));
    fake.addFile("voice-1", new Uint8Array([9, 9]), { path: "voice/file_1.oga" });
    fake.addFile("doc-1", new TextEncoder().encode("report body"));
    const dup = messageUpdate(PRIVATE, { text: "second" }, 90_001);
    const updates = [
      messageUpdate(PRIVATE, { text: "hello there" }),
      messageUpdate(GROUP, { text: "just chatting among people" }),
      messageUpdate(GROUP, textWithEntities("@spark_test_bot what is 2+2?")),
      messageUpdate(GROUP, textWithEntities("/help@spark_test_bot")),
      messageUpdate(GROUP, textWithEntities("/help@other_bot")),
      messageUpdate(GROUP, textWithEntities("/reset")),
      messageUpdate(GROUP, { text: "thanks!", reply_to_message: { message_id: 5, date: 1, chat: GROUP, from: { id: BOT.id, is_bot: true, first_name: "Spark", username: BOT.username }, text: "earlier answer" } }),
      messageUpdate(FORUM, { ...textWithEntities("@spark_test_bot in a topic"), message_thread_id: 42, is_topic_message: true, reply_to_message: { message_id: 42, date: 1, chat: FORUM, from: ALICE, forum_topic_created: { name: "Ideas" } } }),
      messageUpdate(PRIVATE, { caption: "what is this?", photo: [{ file_id: "photo-small", width: 90, height: 90, file_size: 1 }, { file_id: "photo-big", width: 1280, height: 960, file_size: 4 }] }),
      messageUpdate(PRIVATE, { voice: { file_id: "voice-1", duration: 2, mime_type: "audio/ogg", file_size: 2 } }),
      messageUpdate(PRIVATE, { document: { file_id: "doc-1", file_name: "report.txt", mime_type: "text/plain", file_size: 11 } }),
      messageUpdate(PRIVATE, { document: { file_id: "doc-huge", file_name: "movie.mkv", mime_type: "video/x-matroska", file_size: 30 * 1024 * 1024 } }),
      messageUpdate(PRIVATE, { sticker: { file_id: "st-1", emoji: "👍", width: 512, height: 512 } }),
      { edited_message: { message_id: 100, date: 1, edit_date: 2, chat: PRIVATE, from: ALICE, text: "edited" } },
      { channel_post: { message_id: 1, date: 1, chat: { id: -1009999, type: "channel", title: "News" }, text: "post" } },
      messageUpdate(GROUP, { new_chat_members: [ALICE] }),
      messageUpdate(GROUP, { pinned_message: { message_id: 1, date: 1, chat: GROUP } }),
      messageUpdate(PRIVATE, { text: "I am a bot", from: { id: 999, is_bot: true, first_name: "Other" } }),
      { message_reaction: { chat: PRIVATE, message_id: 100, date: 1, new_reaction: [] } },
      { callback_query: { id: "cb-1", from: ALICE, chat_instance: "x", data: "noop" } },
      dup,
      dup,
    ];
    for (const u of updates) fake.pushUpdate(u);
    const expected = 12;
    const messages = await waitForQueued(ctx, expected);
    expect(messages.length).toBe(expected);
    // Let every update (including the ignored tail) be confirmed, then check nothing more arrived.
    await fake.waitFor(() => fake.callsOf("answerCallbackQuery").length === 1);
    await new Promise((r) => setTimeout(r, 300));
    const all = await ctx.queued();
    expect(all.length).toBe(expected);
    const byText = (t: string) => all.find((m) => m.text === t);

    const hello = byText("hello there")!;
    expect(hello).toMatchObject({ channel: "telegram", conversationId: "telegram:777", chat: { id: "777", type: "direct", title: "Alice Doe" }, sender: { id: "777", name: "Alice Doe", isBot: false, locale: "en" } });
    expect(parseInboundId(hello.id)).toEqual({ channel: "telegram", chatId: "777", messageId: hello.route.messageId });
    expect(hello.route.chatType).toBe("private");

    expect(byText("what is 2+2?")).toMatchObject({ conversationId: "telegram:-1001234", chat: { type: "group", title: "Team" }, mentionsBot: true });
    expect(byText("/help@spark_test_bot")).toBeDefined();
    expect(byText("/help@other_bot")).toBeUndefined();
    expect(byText("/reset")).toBeDefined();
    expect(byText("just chatting among people")).toBeUndefined();
    expect(byText("thanks!")!.replyTo).toEqual({ id: "telegram:-1001234:5", quotesBot: true, text: "earlier answer" });

    const topic = byText("in a topic")!;
    expect(topic.conversationId).toBe("telegram:-1005678:42");
    expect(topic.route).toMatchObject({ threadId: "42", chatType: "supergroup" });
    expect(topic.replyTo).toBeUndefined();

    const photo = byText("what is this?")!;
    expect(photo.attachments).toHaveLength(1);
    expect(photo.attachments[0]).toMatchObject({ kind: "image", mime: "image/jpeg", size: 4 });
    expect(Array.from((await ctx.context.blobs.get(photo.attachments[0]!.blobRef)).data)).toEqual([1, 2, 3, 4]);
    expect(fake.callsOf("getFile").map((c) => c.params.file_id)).not.toContain("photo-small");

    const withKind = (kind: string) => all.find((m) => m.attachments.some((a) => a.kind === kind))!;
    expect(withKind("voice").attachments[0]).toMatchObject({ mime: "audio/ogg", size: 2 });
    expect(withKind("voice").attachments[0]!.blobRef).toMatch(/^blob:/);
    const docs = all.filter((m) => m.attachments.some((a) => a.kind === "document"));
    expect(docs.map((d) => d.attachments[0]!.skipped)).toEqual([undefined, "too_large"]);
    expect(fake.callsOf("getFile").map((c) => c.params.file_id)).not.toContain("doc-huge");
    expect(withKind("sticker").attachments[0]).toMatchObject({ skipped: "unsupported", blobRef: "" });

    expect(all.filter((m) => m.text === "second")).toHaveLength(1);
    expect(all.find((m) => m.text === "edited" || m.text === "post" || m.text === "I am a bot")).toBeUndefined();
  });

  it("a repeated message with a new update_id makes no second job", async () => {
    const update = messageUpdate(PRIVATE, { text: "only once please" });
    fake.pushUpdate(update);
    fake.pushUpdate({ ...update });
    await waitForQueued(ctx, 13);
    await new Promise((r) => setTimeout(r, 300));
    expect((await ctx.queued()).filter((m) => m.text === "only once please")).toHaveLength(1);
  });

  it("a 401 from getMe stops the channel with a clear error, no retry loop", async () => {
    const bad = createTelegramAdapter({ token: "999:TEST-wrong-token", apiRoot: fake.apiRoot, context: ctx.context });
    const before = fake.callsOf("getMe").length;
    await expect(bad.start()).rejects.toBeInstanceOf(PlatformAuthError);
    expect(bad.health()).toMatchObject({ connected: false, state: "stopped" });
    expect(bad.health().detail).toMatch(/401.*TELEGRAM_BOT_TOKEN/);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsOf("getMe").length).toBe(before + 1);
  });

  it("a 409 (another poller) stops with a clear message", async () => {
    const other = await startFakeTelegram();
    other.failMethod("getUpdates", { code: 409, description: "Conflict: terminated by other getUpdates request" });
    const second = createTelegramAdapter({ token: other.token, apiRoot: other.apiRoot, context: ctx.context });
    await expect(second.start()).rejects.toThrow(/409/);
    expect(second.health().detail).toMatch(/another process/);
    await second.stop();
    await other.close();
  });
});

async function waitForQueued(ctx: TestContext, count: number): Promise<InboundMessage[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const all = await ctx.queued();
    if (all.length >= count || Date.now() > deadline) return all;
    await new Promise((r) => setTimeout(r, 50));
  }
}
