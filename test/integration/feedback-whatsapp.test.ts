import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../../src/keys.js";
import { OutboundMessageSchema } from "../../src/message.js";
import { redisLedger } from "../../src/outbox.js";
import { startWhatsAppRig, until, type WhatsAppRig } from "./whatsapp-context.js";

const DM = "4915550000001@c.us";
const GROUP = "120363000000000009@g.us";
const MEMBER = "4915550000002@c.us";

let rig: WhatsAppRig;

beforeAll(async () => {
  rig = await startWhatsAppRig({ paired: true });
  await rig.adapter.start();
  await until(() => rig.adapter.health().connected, "connected");
});
afterAll(async () => {
  await rig?.stop();
});

/** Delivers an answer through the adapter and links it to a turn record, as the outbox and turn worker do. */
async function answer(chatId: string, turnId: string): Promise<string> {
  const part = OutboundMessageSchema.parse({ channel: "whatsapp", conversationId: `whatsapp:${chatId}`, chatId, turnId, key: `k-${turnId}`, part: 0, parts: 1, text: `answer of ${turnId}` });
  const { platformMessageIds } = await rig.adapter.send(part, redisLedger(rig.redis, part.key));
  for (const id of platformMessageIds) await rig.context.feedback.link("whatsapp", chatId, id, turnId);
  await rig.redis.hset(KEYS.turnRecord(turnId), { channel: "whatsapp", cohort: "canary", model: "fake-small" });
  return platformMessageIds[0]!;
}
const field = (turnId: string, name: string) => rig.redis.hget(KEYS.turnRecord(turnId), name);

describe("whatsapp reactions on answers are feedback (the library's own message_reaction path)", () => {
  it("records 👍 in a direct chat and moves the count when it becomes 👎; a removal changes nothing", async () => {
    const messageId = await answer(DM, "turn-wa-dm");
    rig.fake.react({ messageId, sender: DM, reaction: "👍" });
    await until(async () => (await field("turn-wa-dm", "feedback_up")) === "1", "thumbs up recorded");
    rig.fake.react({ messageId, sender: DM, reaction: "" });
    rig.fake.react({ messageId, sender: DM, reaction: "👎" });
    await until(async () => (await field("turn-wa-dm", "feedback_down")) === "1", "thumbs down recorded");
    expect(await field("turn-wa-dm", "feedback_up")).toBe("0");
    expect(await rig.context.feedback.summary()).toContainEqual({ channel: "whatsapp", cohort: "canary", model: "fake-small", up: 0, down: 1 });
  });

  it("counts each group member once, and ignores reactions on messages that are not answers", async () => {
    rig.fake.chat(GROUP, "Team");
    const messageId = await answer(GROUP, "turn-wa-group");
    const userMessage = rig.fake.deliver({ chatId: GROUP, author: MEMBER, body: "just chatting" });
    rig.fake.react({ messageId: userMessage, sender: MEMBER, reaction: "👍" });
    rig.fake.react({ messageId, sender: MEMBER, reaction: "❤️" });
    rig.fake.react({ messageId, sender: MEMBER, reaction: "❤️" });
    rig.fake.react({ messageId, sender: "4915550000003@c.us", reaction: "🔥" });
    await until(async () => (await field("turn-wa-group", "feedback_up")) === "2", "two members' votes");
    await new Promise((r) => setTimeout(r, 100));
    expect(await field("turn-wa-group", "feedback_up")).toBe("2");
  });
});
