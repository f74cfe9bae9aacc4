import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramAdapter } from "../../adapters/telegram/index.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { FORUM, PRIVATE, messageUpdate, textWithEntities } from "./telegram-updates.js";

describe("telegram end to end: the whole relay in-process against the fake Bot API and the fake model", () => {
  let fake: FakeTelegram;
  let harness: Harness;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    harness = await startHarness({
      env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DEBOUNCE_MS_TELEGRAM: "0" },
      overrides: {
        channels: {
          telegram: (context) => createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, context, commands: [{ name: "help", description: "what I can do" }] }),
        },
      },
    });
  });
  afterAll(async () => {
    await harness?.stop();
    await fake?.close();
  });

  it("answers a private message, with typing shown first", async () => {
    fake.pushUpdate(messageUpdate(PRIVATE, { text: "hello relay" }));
    const [reply] = await fake.waitFor(() => fake.chat(PRIVATE.id).length > 0 && fake.chat(PRIVATE.id), 15_000);
    expect(reply!.text).toContain("hello relay");
    expect(fake.callsOf("sendChatAction").some((c) => String(c.params.chat_id) === String(PRIVATE.id))).toBe(true);
  });

  it("answers a mention in a forum topic inside the topic, as a reply", async () => {
    const update = messageUpdate(FORUM, { ...textWithEntities("@spark_test_bot topic question"), message_thread_id: 77, is_topic_message: true });
    fake.pushUpdate(update);
    const [reply] = await fake.waitFor(() => fake.chat(FORUM.id).length > 0 && fake.chat(FORUM.id), 15_000);
    expect(reply!.text).toContain("topic question");
    expect(reply!.params.message_thread_id).toBe(77);
    expect(reply!.params.reply_parameters).toEqual({ message_id: (update.message as { message_id: number }).message_id, allow_sending_without_reply: true });
  });
});
