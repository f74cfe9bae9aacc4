import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHATSAPP_TEXT_LIMIT } from "../../adapters/whatsapp/format.js";
import { WORKING_NOTE } from "../../adapters/whatsapp/outbound.js";
import type { OutboundMessageInput } from "../../src/message.js";
import { OutboundMessageSchema } from "../../src/message.js";
import { redisLedger } from "../../src/outbox.js";
import { startWhatsAppRig, until, type WhatsAppRig } from "./whatsapp-context.js";

const DM = "4915550000001@c.us";
const GROUP = "120363000000000001@g.us";

let rig: WhatsAppRig;

/** Waits until `count` messages of a chat were accepted. */
function acceptedIn(chatId: string, count = 1) {
  return until(async () => {
    const list = (await rig.accepted()).filter((m) => m.chat.id === chatId);
    return list.length >= count ? list : undefined;
  }, `${count} message(s) of ${chatId} accepted`);
}

function part(over: Partial<OutboundMessageInput> & { chatId: string; text: string }) {
  return OutboundMessageSchema.parse({
    channel: "whatsapp",
    conversationId: `whatsapp:${over.chatId}`,
    turnId: "turn-1",
    key: `k-${Math.random()}`,
    part: 0,
    parts: 1,
    ...over,
  });
}

beforeAll(async () => {
  rig = await startWhatsAppRig({ adapter: { workingNoteMs: 150, typingRefreshMs: 50 } });
  await rig.adapter.start();
  await until(() => rig.adapter.health().state === "qr-needed", "QR");
  expect(rig.printed.join("")).toContain("Scan with WhatsApp");
  const res = await rig.context.http.inject({ method: "GET", url: "/admin/whatsapp/qr", remoteAddress: "127.0.0.1" });
  expect(res.statusCode).toBe(200);
  await until(async () => {
    const again = await rig.context.http.inject({ method: "GET", url: "/admin/whatsapp/qr", remoteAddress: "127.0.0.1" });
    return (again.json() as { qr: string | null }).qr?.startsWith("data:image/png;base64,");
  }, "QR data URL");
  const remote = await rig.context.http.inject({ method: "GET", url: "/admin/whatsapp/qr", remoteAddress: "203.0.113.9" });
  expect(remote.statusCode).toBe(403);
  rig.fake.scanQr();
  await until(() => rig.adapter.health().connected, "connected");
});

afterAll(async () => {
  await rig?.stop();
});

describe("whatsapp adapter on the real whatsapp-web.js Client", () => {
  it("answers a direct message", async () => {
    const quoteId = rig.fake.deliver({ chatId: DM, body: "hello there", notifyName: "Ada" });
    const [msg] = await acceptedIn(DM);
    expect(msg).toMatchObject({ channel: "whatsapp", conversationId: `whatsapp:${DM}`, chat: { type: "direct" }, sender: { id: DM, name: "Ada" }, text: "hello there", mentionsBot: true });
    expect(msg!.id).toBe(`whatsapp:${DM}:${quoteId.split("_")[2]}`);
    expect(msg!.route.quoteId).toBe(quoteId);

    const out = part({ chatId: DM, text: "Hi **Ada**!", route: msg!.route });
    const ledger = redisLedger(rig.redis, out.key);
    const result = await rig.adapter.send(out, ledger);
    await rig.adapter.send(out, ledger);
    const sent = rig.fake.sent.filter((s) => s.chatId === DM);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ body: "Hi *Ada*!", quotedMessageId: undefined });
    expect(result.platformMessageIds).toEqual([sent[0]!.id]);
  });

  it("ignores a group message without a mention and answers one that mentions the bot, quoting it", async () => {
    rig.fake.chat(GROUP, "Team");
    rig.fake.deliver({ chatId: GROUP, author: "4915550000002@c.us", body: "just chatting" });
    const trigger = rig.fake.deliver({ chatId: GROUP, author: "4915550000002@c.us", body: "@15550001111 what is 2+2?", mentions: [rig.fake.me._serialized] });
    const group = await acceptedIn(GROUP);
    expect(group).toHaveLength(1);
    expect(group[0]).toMatchObject({ chat: { type: "group" }, sender: { id: "4915550000002@c.us" }, text: "what is 2+2?", mentionsBot: true });

    await rig.adapter.send(part({ chatId: GROUP, text: "4", route: group[0]!.route }), redisLedger(rig.redis, "group-1"));
    const sent = rig.fake.sent.filter((s) => s.chatId === GROUP);
    expect(sent).toEqual([expect.objectContaining({ body: "4", quotedMessageId: trigger })]);

    // Quoting the bot's answer is addressing it too.
    rig.fake.deliver({ chatId: GROUP, author: "4915550000003@c.us", body: "and 3+3?", quotedId: sent[0]!.id });
    const again = await acceptedIn(GROUP, 2);
    expect(again[1]!.replyTo).toMatchObject({ quotesBot: true, text: "4" });
    expect(again[1]!.mentionsBot).toBe(false);
  });

  it("downloads an image and a voice note into the blob store", async () => {
    const chatId = "4915550000004@c.us";
    const image = Buffer.from("89504e470d0a1a0a-fake-png", "utf8");
    const voice = Buffer.from("OggS-fake-opus-voice-note", "utf8");
    rig.fake.deliver({ chatId, type: "image", body: "what is this?", media: { data: image, mimetype: "image/png" } });
    rig.fake.deliver({ chatId, type: "ptt", media: { data: voice, mimetype: "audio/ogg; codecs=opus" } });
    const list = await acceptedIn(chatId, 2);
    expect(list[0]!.text).toBe("what is this?");
    expect(list[0]!.attachments[0]).toMatchObject({ kind: "image", mime: "image/png", size: image.byteLength });
    expect(list[1]!.attachments[0]).toMatchObject({ kind: "voice", mime: "audio/ogg; codecs=opus", size: voice.byteLength });
    expect(Buffer.from((await rig.blobs.get(list[0]!.attachments[0]!.blobRef)).data)).toEqual(image);
    expect(Buffer.from((await rig.blobs.get(list[1]!.attachments[0]!.blobRef)).data)).toEqual(voice);
  });

  it("skips media over the size limit without downloading it", async () => {
    const chatId = "4915550000005@c.us";
    rig.fake.deliver({ chatId, type: "document", body: "big", media: { data: Buffer.alloc(17 * 1024 * 1024), mimetype: "application/pdf", filename: "big.pdf" } });
    const [msg] = await acceptedIn(chatId);
    expect(msg!.attachments[0]).toMatchObject({ kind: "document", skipped: "too_large", blobRef: "", name: "big.pdf" });
  });

  it("splits a 6,000-character answer into ordered parts with formatting intact", async () => {
    const chatId = "4915550000006@c.us";
    const sentence = "This is **very important** and _somewhat subtle_ text for the reader. ";
    const text = `${sentence.repeat(50)}\n\n\`\`\`\n${"code line * x\n".repeat(40)}\`\`\`\n\n${sentence.repeat(40)}`;
    expect(text.length).toBeGreaterThanOrEqual(6000);
    const out = part({ chatId, text });
    await rig.adapter.send(out, redisLedger(rig.redis, out.key));
    await rig.adapter.send(out, redisLedger(rig.redis, out.key));
    const sent = rig.fake.sent.filter((s) => s.chatId === chatId);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const s of sent) {
      expect(s.body.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
      expect((s.body.match(/```/g) ?? []).length % 2).toBe(0);
      expect(s.body).not.toContain("**");
    }
    expect(sent[0]!.body.startsWith("This is *very important* and _somewhat subtle_")).toBe(true);
    expect(sent[sent.length - 1]!.body.endsWith("text for the reader.")).toBe(true);
  });

  it("shows typing while a turn runs and sends one working note for a long turn", async () => {
    const chatId = "4915550000007@c.us";
    const base = { channel: "whatsapp" as const, conversationId: `whatsapp:${chatId}`, chatId, turnId: "t-long", route: {} };
    await rig.adapter.onTurnEvent?.({ type: "start", ...base });
    await until(() => rig.fake.sent.some((s) => s.chatId === chatId && s.body === WORKING_NOTE), "working note");
    await until(() => rig.fake.chatStates.filter((s) => s.chatId === chatId && s.state === "typing").length >= 2, "typing refreshed");
    await rig.adapter.onTurnEvent?.({ type: "end", ...base });
    await until(() => rig.fake.chatStates.some((s) => s.chatId === chatId && s.state === "paused"), "typing cleared");
    expect(rig.fake.sent.filter((s) => s.chatId === chatId)).toHaveLength(1);
  });
});
