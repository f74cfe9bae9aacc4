import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedbackStore } from "../../src/feedback.js";
import { KEYS } from "../../src/keys.js";
import { messagePayload, userPayload } from "../fakes/discord/payloads.js";
import type { FakeDiscord } from "../fakes/discord/server.js";
import type { Harness } from "../helpers/harness.js";
import { until } from "../helpers/wait.js";
import { startDiscordRig, type DiscordRig } from "./discord-rig.js";



describe("discord reactions on answers are feedback", () => {
  let fake: FakeDiscord;
  let h: Harness;

  let rig: DiscordRig;

  beforeAll(async () => {
    rig = await startDiscordRig(() => ({ streaming: false }));
    ({ fake, h } = rig);
  });
  afterAll(async () => {
    await rig?.stop();
  });

  const redis = () => h.relay.redis;
  /** Sends a message, waits for the bot's answer in that channel and for its turn record; returns both ids. */
  const answered = async (payload: Record<string, unknown>, channelId: string) => {
    const before = fake.posted.filter((m) => m.channelId === channelId).length;
    fake.dispatch("MESSAGE_CREATE", payload);
    const answer = await fake.waitFor(() => fake.posted.filter((m) => m.channelId === channelId)[before], 15_000, "answer");
    const links = createFeedbackStore(redis());
    const turnId = await until(() => links.turnOf("discord", channelId, answer.id));
    await until(async () => (await redis().hget(KEYS.turnRecord(turnId), "channel")) === "discord");
    return { messageId: answer.id, turnId };
  };
  const field = (turnId: string, name: string) => redis().hget(KEYS.turnRecord(turnId), name);

  it("identifies with the guild and DM reaction intents", () => {
    expect(fake.identifiedIntents.length).toBeGreaterThan(0);
    for (const intents of fake.identifiedIntents) expect(intents & (GatewayIntentBits.GuildMessageReactions | GatewayIntentBits.DirectMessageReactions)).toBe(GatewayIntentBits.GuildMessageReactions | GatewayIntentBits.DirectMessageReactions);
  });

  it("records 👍 on an answer in a server channel (message not cached: partials) and ignores the bot's own reactions", async () => {
    const w = fake.world;
    h.fake.setResponder(() => ({ text: "a server answer" }));
    const { messageId, turnId } = await answered(
      messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: `<@${w.botId}> rate me`, mentions: [userPayload(w.botId, "spark", true)] }),
      w.textChannelId,
    );
    fake.react({ channelId: w.textChannelId, guildId: w.guildId, messageId, emoji: "👍", userId: w.botId });
    fake.react({ channelId: w.textChannelId, guildId: w.guildId, messageId, emoji: "🤔" });
    fake.react({ channelId: w.textChannelId, guildId: w.guildId, messageId, emoji: "👍🏽" });
    await until(async () => (await field(turnId, "feedback_up")) === "1");
    await new Promise((r) => setTimeout(r, 200));
    expect(await redis().hgetall(KEYS.turnRecord(turnId))).toMatchObject({ channel: "discord", feedback_up: "1" });
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/spark_feedback_total\{[^}]*channel="discord"[^}]*value="up"[^}]*\} 1/);
  });

  it("records 👎 on an answer in a DM", async () => {
    const w = fake.world;
    h.fake.setResponder(() => ({ text: "a private answer" }));
    const { messageId, turnId } = await answered(messagePayload(w, { channelId: w.dmChannelId, content: "hello in private", channelType: 1 }), w.dmChannelId);
    fake.react({ channelId: w.dmChannelId, messageId, emoji: "👎" });
    await until(async () => (await field(turnId, "feedback_down")) === "1");
    expect(await field(turnId, "feedback_up")).toBeNull();
  });
});
