import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundId } from "../../src/message.js";
import { APOLOGY } from "../../workers/turn.js";
import { lastUserText, type FakeReply } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { answerCounts, newRecord, recordingWebChannel, type ChannelRecord } from "./recording-channel.js";

const FULL = "The complete answer, streamed in several chunks so that a break half-way leaves only a part of it.";

describe("faults: model failures, duplicate deliveries", () => {
  let h: Harness;
  const record: ChannelRecord = newRecord();
  // Per conversation: the replies its successive model calls get.
  const script = new Map<string, FakeReply[]>();

  beforeAll(async () => {
    h = await startHarness({
      env: { MODEL_TIMEOUT_MS: "700", MODEL_MAX_RETRIES: "2" },
      overrides: { channels: { web: recordingWebChannel(record) } },
    });
    h.fake.setResponder(async (request) => {
      const conv = /^\[(\w+)\]/.exec(lastUserText(request))?.[1] ?? "";
      const queue = script.get(conv);
      return queue?.shift() ?? { text: FULL, chunkDelayMs: 5 };
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const callsFor = (conv: string) => h.fake.requests.filter((r) => lastUserText(r).startsWith(`[${conv}]`)).length;
  const repliesTo = (conv: string) => record.posted.filter((p) => p.conversationId === `web:${conv}`);
  const eventsOf = (conv: string) => record.events.filter((e) => e.conversationId === `web:${conv}`);

  async function ask(conv: string, replies: FakeReply[]): Promise<string[]> {
    script.set(conv, replies);
    expect((await h.postWeb(conv, "m1", `[${conv}] question`)).status).toBe(202);
    await expect.poll(() => repliesTo(conv).length, { timeout: 15_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(repliesTo(conv)).toHaveLength(1);
    return repliesTo(conv).map((p) => p.text);
  }

  it("5xx twice: retried, then the full answer", async () => {
    expect(await ask("e5xx", [{ status: 500 }, { status: 502 }])).toEqual([FULL]);
    expect(callsFor("e5xx")).toBe(3);
  });

  it("5xx on every attempt: an apology, never silence", async () => {
    expect(await ask("e5xxall", [{ status: 500 }, { status: 503 }, { status: 500 }])).toEqual([APOLOGY]);
    expect(callsFor("e5xxall")).toBe(3);
  });

  it("a model that hangs: timed out, retried, answered", async () => {
    expect(await ask("hang", [{ hang: true }])).toEqual([FULL]);
    expect(callsFor("hang")).toBe(2);
  });

  it("a model that always hangs: an apology after the retries", async () => {
    expect(await ask("hangall", [{ hang: true }, { hang: true }, { hang: true }])).toEqual([APOLOGY]);
  });

  it("a stream broken half-way: reset published, the final reply is the full text, not the partial one", async () => {
    expect(await ask("broken", [{ text: FULL, breakAfterChunks: 3, chunkDelayMs: 20 }])).toEqual([FULL]);
    expect(callsFor("broken")).toBe(2);
    const types = eventsOf("broken").map((e) => e.type);
    const firstReset = types.indexOf("reset");
    expect(firstReset).toBeGreaterThan(0);
    expect(types.slice(0, firstReset)).toContain("delta");
    expect(types.slice(firstReset)).toContain("delta");
  });

  it("a stream that breaks on every attempt: the apology, never the partial text", async () => {
    const texts = await ask("brokenall", [0, 1, 2].map(() => ({ text: FULL, breakAfterChunks: 2 })));
    expect(texts).toEqual([APOLOGY]);
    expect(eventsOf("brokenall").filter((e) => e.type === "reset").length).toBe(2);
  });

  it("the same inbound message delivered 3 times concurrently: one model call, one reply", async () => {
    const statuses = await Promise.all([1, 2, 3].map(() => h.postWeb("dup", "same-1", "[dup] hello once")));
    expect(statuses.map((s) => s.status)).toEqual([202, 202, 202]);
    await expect.poll(() => repliesTo("dup").length, { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(repliesTo("dup")).toHaveLength(1);
    expect(callsFor("dup")).toBe(1);
    expect(answerCounts(record).get(inboundId("web", "dup", "same-1"))).toBe(1);
  });
});

describe("faults: a platform answering 429 on every second send", () => {
  let h: Harness;
  const record: ChannelRecord = newRecord();

  beforeAll(async () => {
    h = await startHarness({ overrides: { channels: { web: recordingWebChannel(record, { pieces: 3, rateLimitEverySecondMs: 60 }) } } });
    h.fake.setResponder((request) => ({ text: `answer to ${lastUserText(request)} `.repeat(3) }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("every part delivered once, in order, across turns and pieces", async () => {
    const conversations = ["rl-a", "rl-b"];
    for (const conv of conversations) {
      for (let m = 1; m <= 4; m++) {
        expect((await h.postWeb(conv, `m${m}`, `${conv} q${m}`)).status).toBe(202);
        // Let each message be its own turn (web debounce is 0; the next one lands after this turn took its batch).
        await expect.poll(() => h.fake.requests.filter((r) => lastUserText(r).includes(`${conv} q${m}`)).length, { timeout: 10_000 }).toBe(1);
      }
    }
    for (const conv of conversations) {
      await expect.poll(() => record.posted.filter((p) => p.conversationId === `web:${conv}`).length, { timeout: 20_000 }).toBe(12);
      const posted = record.posted.filter((p) => p.conversationId === `web:${conv}`);
      // Pieces of each reply are contiguous and the replies follow the questions.
      const joined = [0, 1, 2, 3].map((i) => posted.slice(i * 3, i * 3 + 3).map((p) => p.text).join(""));
      expect(joined).toEqual([1, 2, 3, 4].map((m) => `answer to ${conv} q${m} `.repeat(3)));
      expect(posted.map((p) => p.replyTo)).toEqual([1, 2, 3, 4].flatMap((m) => Array(3).fill(inboundId("web", conv, `m${m}`))));
    }
    expect(record.rateLimited).toBeGreaterThanOrEqual(8);
  });
});
