import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.js";
import { QUEUES } from "../../src/keys.js";
import type { InboundMessage } from "../../src/message.js";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/server.js";
import { messagePayload, snowflake, userPayload } from "../fakes/discord/payloads.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const TOKEN = "123456.TEST-token-not-real";

let fake: FakeDiscord;
let h: Harness;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  // The channel role alone: inbound jobs stay in the queue for the test to read.
  h = await startHarness({
    role: { kind: "channel", channel: "discord" },
    env: { DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase },
    overrides: { channels: { discord: (context) => createDiscordAdapter({ token: TOKEN, apiBase: fake.apiBase, context, maxFileBytes: 1024 }) } },
  });
});
afterAll(async () => {
  await h?.stop();
  await fake?.close();
});

async function queued(id: string): Promise<InboundMessage> {
  const queue = h.relay.queue(QUEUES.inbound);
  for (let i = 0; i < 250; i++) {
    const jobs = await queue.getJobs(["waiting", "prioritized", "delayed", "active"]);
    const job = jobs.find((j) => (j.data as InboundMessage).id === id);
    if (job) return job.data as InboundMessage;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`message ${id} was not queued`);
}

function attachment(name: string, url: string, size: number, contentType?: string): Record<string, unknown> {
  return { id: snowflake(), filename: name, size, url, proxy_url: url, content_type: contentType };
}

describe("discord inbound normalization", () => {
  it("queues a mention with routing, the mention stripped, and attachments as blob refs or skipped", async () => {
    const w = fake.world;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const pngUrl = fake.addFile("cat.png", png, "image/png");
    const txtUrl = fake.addFile("notes.txt", Buffer.from("some notes"), "text/plain");
    const bigUrl = fake.addFile("big.png", Buffer.alloc(4096), "image/png");
    const ours = messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: "an earlier answer", author: userPayload(w.botId, "spark", true) });
    const msg = messagePayload(w, {
      channelId: w.textChannelId,
      guildId: w.guildId,
      content: `<@${w.botId}>  look at   this`,
      mentions: [userPayload(w.botId, "spark", true)],
      referencedMessage: ours,
      attachments: [
        attachment("cat.png", pngUrl, png.length, "image/png"),
        attachment("notes.txt", txtUrl, 10),
        attachment("big.png", bigUrl, 4096, "image/png"),
        attachment("clip.mp4", bigUrl, 100, "video/mp4"),
      ],
    });
    fake.dispatch("MESSAGE_CREATE", msg);
    const m = await queued(`discord:${w.textChannelId}:${msg.id}`);
    expect(m).toMatchObject({
      channel: "discord",
      conversationId: `discord:${w.textChannelId}`,
      chat: { id: w.textChannelId, type: "group", title: "general" },
      sender: { id: w.userId, name: "alice", isBot: false },
      text: "look at this",
      mentionsBot: true,
      replyTo: { id: `discord:${w.textChannelId}:${ours.id}`, quotesBot: true },
      route: { messageId: msg.id, channelId: w.textChannelId, guildId: w.guildId },
    });
    const [image, text, big, video] = m.attachments;
    expect(image).toMatchObject({ kind: "image", mime: "image/png", size: png.length, name: "cat.png" });
    expect(Buffer.from((await h.relay.blobs.get(image!.blobRef)).data)).toEqual(png);
    expect(text).toMatchObject({ kind: "document", mime: "text/plain" });
    expect(Buffer.from((await h.relay.blobs.get(text!.blobRef)).data).toString()).toBe("some notes");
    expect(big).toMatchObject({ kind: "image", skipped: "too_large", blobRef: "" });
    expect(video).toMatchObject({ kind: "video", skipped: "unsupported", blobRef: "" });
  });

  it("queues a DM as a direct chat", async () => {
    const w = fake.world;
    const dm = messagePayload(w, { channelId: w.dmChannelId, content: "psst", channelType: 1 });
    fake.dispatch("MESSAGE_CREATE", dm);
    const m = await queued(`discord:${w.dmChannelId}:${dm.id}`);
    expect(m).toMatchObject({ conversationId: `discord:${w.dmChannelId}`, chat: { id: w.dmChannelId, type: "direct" }, text: "psst", route: { messageId: dm.id } });
    expect(m.route.guildId).toBeUndefined();
  });
});
