import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeDiscord } from "../fakes/discord/server.js";
import { commandInteractionPayload, messagePayload, userPayload } from "../fakes/discord/payloads.js";
import { lastUserText } from "../fakes/openai.js";
import type { Harness } from "../helpers/harness.js";
import { DISCORD_TEST_TOKEN as TOKEN, startDiscordRig, type DiscordRig } from "./discord-rig.js";

let fake: FakeDiscord;
let h: Harness;
let rig: DiscordRig;

beforeAll(async () => {
  rig = await startDiscordRig((f) => ({ guildId: f.world.guildId, streamIntervalMs: 100 }));
  ({ fake, h } = rig);
});
afterAll(async () => {
  await rig?.stop();
});

type Body = { content?: string; message_reference?: { message_id: string; fail_if_not_exists: boolean }; allowed_mentions?: unknown };
const bodyOf = (r: { body: unknown }) => r.body as Body;
const posts = (channelId: string) => fake.calls("POST", new RegExp(`^/channels/${channelId}/messages$`));
const mention = () => [userPayload(fake.world.botId, fake.world.botName, true)];

describe("discord end to end against the fake gateway and REST", () => {
  it("connects, identifies once and registers the slash commands in the guild", async () => {
    const w = fake.world;
    expect(h.relay.channels.get("discord")!.health()).toMatchObject({ connected: true, state: "ready" });
    expect(fake.gatewayOps.filter((o) => o.op === 2)).toHaveLength(1);
    const [put] = fake.calls("PUT", new RegExp(`^/applications/${w.applicationId}/guilds/${w.guildId}/commands$`));
    expect((put!.body as Array<{ name: string }>).map((c) => c.name)).toEqual(["ask", "reset"]);
    expect(put!.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("ignores guild messages without a mention and answers a mention as a reply, without the mention, pinging no one", async () => {
    const w = fake.world;
    h.fake.setResponder((r) => ({ text: `echo: ${lastUserText(r)}` }));
    const before = h.fake.requests.length;
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: "just chatting" }));
    fake.dispatch(
      "MESSAGE_CREATE",
      messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: "from a bot <@900000000000000001>", author: userPayload(w.otherBotId, "otherbot", true), mentions: mention() }),
    );
    const asked = messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: `<@${w.botId}> what is 2+2?`, mentions: mention() });
    fake.dispatch("MESSAGE_CREATE", asked);
    const [reply] = await fake.waitFor(() => posts(w.textChannelId).length >= 1 && posts(w.textChannelId), 10_000, "reply");
    expect(bodyOf(reply!)).toEqual({
      content: "echo: what is 2+2?",
      allowed_mentions: { parse: [] },
      message_reference: { message_id: asked.id, fail_if_not_exists: false },
    });
    expect(h.fake.requests.length - before).toBe(1);
    expect(fake.calls("POST", new RegExp(`^/channels/${w.textChannelId}/typing$`)).length).toBeGreaterThanOrEqual(1);
  });

  it("answers a reply to one of its own messages without a mention", async () => {
    const w = fake.world;
    const ours = messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: "earlier answer", author: userPayload(w.botId, w.botName, true) });
    const count = posts(w.textChannelId).length;
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: "and then?", referencedMessage: ours }));
    const all = await fake.waitFor(() => posts(w.textChannelId).length > count && posts(w.textChannelId), 10_000, "reply to reply");
    expect(bodyOf(all.at(-1)!).content).toBe("echo: and then?");
  });

  it("answers every DM, in the DM channel", async () => {
    const w = fake.world;
    const dm = messagePayload(w, { channelId: w.dmChannelId, content: "hello in private", channelType: 1 });
    fake.dispatch("MESSAGE_CREATE", dm);
    const [reply] = await fake.waitFor(() => posts(w.dmChannelId).length >= 1 && posts(w.dmChannelId), 10_000, "dm reply");
    expect(bodyOf(reply!)).toMatchObject({ content: "echo: hello in private", message_reference: { message_id: dm.id } });
  });

  it("treats a thread as its own conversation", async () => {
    const w = fake.world;
    h.fake.setResponder((r) => ({ text: `history ${r.body.messages.length}` }));
    fake.dispatch("MESSAGE_CREATE", messagePayload(w, { channelId: w.threadId, guildId: w.guildId, content: `<@${w.botId}> in the thread`, mentions: mention() }));
    const [reply] = await fake.waitFor(() => posts(w.threadId).length >= 1 && posts(w.threadId), 10_000, "thread reply");
    // A fresh conversation: system + this user message only, although the parent channel has history.
    expect(bodyOf(reply!).content).toBe("history 2");
  });

  it("defers a slash command within 3 s and answers by editing the deferred response", async () => {
    const w = fake.world;
    h.fake.setResponder((r) => ({ text: `asked: ${lastUserText(r)}`, chunkDelayMs: 5 }));
    const token = "interaction-token-ask-1";
    const payload = commandInteractionPayload(w, "ask", [{ name: "prompt", value: "tell me a joke" }], token);
    const sentAt = Date.now();
    fake.dispatch("INTERACTION_CREATE", payload);
    const [callback] = await fake.waitFor(() => {
      const c = fake.calls("POST", new RegExp(`^/interactions/${payload.id}/${token}/callback$`));
      return c.length > 0 && c;
    }, 3000, "deferral");
    expect(callback!.at - sentAt).toBeLessThan(3000);
    expect(callback!.body).toMatchObject({ type: 5 });
    const edits = await fake.waitFor(() => {
      const e = fake.calls("PATCH", new RegExp(`^/webhooks/${w.applicationId}/${token}/messages/@original$`));
      return e.some((x) => bodyOf(x).content === "asked: tell me a joke") && e;
    }, 10_000, "edited response");
    expect(bodyOf(edits.at(-1)!)).toEqual({ content: "asked: tell me a joke", allowed_mentions: { parse: [] } });
    expect(fake.calls("POST", new RegExp(`^/webhooks/${w.applicationId}/${token}$`))).toHaveLength(0);
  });

  it("splits a 4,500-character answer of a slash command into the deferred response and follow-ups, in order", async () => {
    const w = fake.world;
    const code = Array.from({ length: 60 }, (_, i) => `print("line ${i} of a long program")`).join("\n");
    const prose = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: ` + "lorem ipsum ".repeat(20)).join("\n\n");
    const answer = `${prose}\n\n\`\`\`python\n${code}\n\`\`\`\n\nThe end.`;
    expect(answer.length).toBeGreaterThan(4500);
    h.fake.setResponder(() => ({ text: answer }));
    const token = "interaction-token-long-2";
    fake.dispatch("INTERACTION_CREATE", commandInteractionPayload(w, "ask", [{ name: "prompt", value: "long please" }], token));
    const followUps = await fake.waitFor(() => {
      const f = fake.calls("POST", new RegExp(`^/webhooks/${w.applicationId}/${token}$`));
      return f.some((x) => bodyOf(x).content?.endsWith("The end.")) && f;
    }, 15_000, "follow-ups");
    const original = fake.calls("PATCH", new RegExp(`^/webhooks/${w.applicationId}/${token}/messages/@original$`)).at(-1)!;
    const pieces = [bodyOf(original).content!, ...followUps.map((f) => bodyOf(f).content!)];
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect((p.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
    expect(pieces[0]!.startsWith("Paragraph 0")).toBe(true);
    const codeLines = pieces.join("\n").split("\n").filter((l) => l.startsWith("print("));
    expect(codeLines).toEqual(code.split("\n"));
    expect(pieces.some((p, i) => i > 0 && p.startsWith("```python\n"))).toBe(true);
  });

  it("streams into a placeholder reply and replaces it with the final answer", async () => {
    const w = fake.world;
    const text = "Streaming " + "words ".repeat(60);
    h.fake.setResponder(() => ({ text, chunkDelayMs: 15 }));
    const asked = messagePayload(w, { channelId: w.textChannelId, guildId: w.guildId, content: `<@${w.botId}> stream please`, mentions: mention() });
    const count = posts(w.textChannelId).length;
    const since = fake.requests.length;
    fake.dispatch("MESSAGE_CREATE", asked);
    const placeholder = await fake.waitFor(() => posts(w.textChannelId).length > count && posts(w.textChannelId).at(-1), 10_000, "placeholder");
    expect(bodyOf(placeholder).message_reference?.message_id).toBe(asked.id);
    const edits = await fake.waitFor(() => {
      const e = fake.requests.slice(since).filter((r) => r.method === "PATCH" && r.path.startsWith(`/channels/${w.textChannelId}/messages/`));
      return e.some((x) => bodyOf(x).content === text.trim()) && e;
    }, 10_000, "final edit");
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(new Set(edits.map((e) => e.path)).size).toBe(1);
    expect(posts(w.textChannelId).length).toBe(count + 1);
  });
});
afterAll(() => {
  if (process.env.DUMP_FAKE) console.log(JSON.stringify(fake.requests.slice(-12).map((r) => [r.method, r.path, String(JSON.stringify(r.body)).slice(0, 80)]), null, 1));
});
