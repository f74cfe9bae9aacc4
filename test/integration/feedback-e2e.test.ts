import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALLOWED_UPDATES, createTelegramAdapter } from "../../adapters/telegram/index.js";
import { createFeedbackStore, FEEDBACK_SUMMARY_KEY } from "../../src/feedback.js";
import { KEYS } from "../../src/keys.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { until } from "../helpers/wait.js";
import { ALICE, PRIVATE, messageUpdate } from "./telegram-updates.js";


describe("answer feedback end to end: Telegram reactions and web thumbs counted on the turn and in /metrics", () => {
  let fake: FakeTelegram;
  let h: Harness;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    h = await startHarness({
      env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DEBOUNCE_MS_TELEGRAM: "0" },
      overrides: { channels: { telegram: (context) => createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, context }) } },
    });
  });
  afterAll(async () => {
    await h?.stop();
    await fake?.close();
  });

  const redis = () => h.relay.redis;
  const metrics = async () => (await fetch(`${h.url}/metrics`)).text();
  const feedbackLine = (text: string, channel: string, value: string) =>
    text.split("\n").find((l) => l.startsWith("spark_feedback_total{") && l.includes(`channel="${channel}"`) && l.includes(`value="${value}"`));
  /** The turn a delivered message belongs to, once its turn record is written. */
  const answeredTurn = async (channel: "telegram" | "web", chatId: string, messageId: string) => {
    const links = createFeedbackStore(redis());
    const turnId = await until(() => links.turnOf(channel, chatId, messageId));
    await until(async () => (await redis().hget(KEYS.turnRecord(turnId), "channel")) === channel);
    return turnId;
  };

  it("asks Telegram for message_reaction updates", async () => {
    expect(ALLOWED_UPDATES).toContain("message_reaction");
    await fake.waitFor(() => fake.callsOf("getUpdates").some((c) => Array.isArray(c.params.allowed_updates)));
    expect(fake.allowedUpdates).toEqual(expect.arrayContaining(["message", "message_reaction"]));
  });

  it("records a 👍 reaction on the bot's answer against the turn, its cohort and model, without answering it", async () => {
    fake.pushUpdate(messageUpdate(PRIVATE, { text: "rate this answer" }));
    const [answer] = await fake.waitFor(() => fake.chat(PRIVATE.id).length > 0 && fake.chat(PRIVATE.id), 15_000);
    const turnId = await answeredTurn("telegram", String(PRIVATE.id), String(answer!.messageId));
    const sentBefore = fake.messages.length;

    const reaction = (old: string[], now: string[]) => ({
      message_reaction: {
        chat: PRIVATE,
        message_id: answer!.messageId,
        user: ALICE,
        date: Math.floor(Date.now() / 1000),
        old_reaction: old.map((emoji) => ({ type: "emoji", emoji })),
        new_reaction: now.map((emoji) => ({ type: "emoji", emoji })),
      },
    });
    fake.pushUpdate(reaction([], ["👍"]));
    await until(async () => (await redis().hget(KEYS.turnRecord(turnId), "feedback_up")) === "1");
    const record = await redis().hgetall(KEYS.turnRecord(turnId));
    expect(record).toMatchObject({ channel: "telegram", feedback_up: "1", model: "fake-small" });
    const line = feedbackLine(await metrics(), "telegram", "up");
    expect(line).toMatch(/cohort="[^"]+"/);
    expect(line).toContain('model="fake-small"');
    expect(line).toMatch(/ 1$/);
    const summary = await redis().hgetall(FEEDBACK_SUMMARY_KEY);
    expect(Object.entries(summary).filter(([k]) => k.startsWith("telegram|"))).toEqual([[`telegram|${record.cohort || "default"}|fake-small|up`, "1"]]);

    // The same vote again changes nothing; switching to 👎 moves the count.
    fake.pushUpdate(reaction(["👍"], ["👍"]));
    fake.pushUpdate(reaction(["👍"], ["👎"]));
    await until(async () => (await redis().hget(KEYS.turnRecord(turnId), "feedback_down")) === "1");
    expect(await redis().hget(KEYS.turnRecord(turnId), "feedback_up")).toBe("0");
    const after = await metrics();
    expect(feedbackLine(after, "telegram", "down")).toMatch(/ 1$/);
    expect(feedbackLine(after, "telegram", "up")).toMatch(/ 1$/);

    // A reaction that is not feedback, and one on a message the bot did not send, are ignored; none is answered.
    fake.pushUpdate(reaction(["👎"], ["🤔"]));
    fake.pushUpdate({ ...reaction([], ["👍"]), message_reaction: { ...reaction([], ["👍"]).message_reaction, message_id: 1 } });
    fake.pushUpdate(messageUpdate(PRIVATE, { text: "still there?" }));
    await fake.waitFor(() => fake.chat(PRIVATE.id).length > 1, 15_000);
    expect(fake.messages.length).toBe(sentBefore + 1);
    expect(await redis().hget(KEYS.turnRecord(turnId), "feedback_down")).toBe("1");
  });

  it("records a web thumbs-up posted for a reply id seen over SSE", async () => {
    h.fake.setResponder(() => ({ text: "a web answer worth a thumb" }));
    const sse = await h.sse("conv-thumbs");
    await h.postWeb("conv-thumbs", "t1", "hello");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    sse.close();
    const replyId = reply!.id!;
    const turnId = await answeredTurn("web", "conv-thumbs", replyId);

    const post = (body: unknown) => fetch(`${h.url}/api/web/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const res = await post({ conversationId: "conv-thumbs", replyId, value: "up" });
    expect(res.status).toBe(204);
    expect(await redis().hgetall(KEYS.turnRecord(turnId))).toMatchObject({ channel: "web", feedback_up: "1" });
    expect(feedbackLine(await metrics(), "web", "up")).toMatch(/ 1$/);

    const unknown = await post({ conversationId: "conv-thumbs", replyId: "999", value: "up" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "reply_not_found" } });
    const otherConversation = await post({ conversationId: "conv-other", replyId, value: "up" });
    expect(otherConversation.status).toBe(404);
    const bad = await post({ conversationId: "conv-thumbs", replyId, value: "meh" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_request" } });
    expect(feedbackLine(await metrics(), "web", "up")).toMatch(/ 1$/);
  });
});
