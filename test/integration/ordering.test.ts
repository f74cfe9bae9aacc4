import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastUserText, type RecordedChatRequest } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const parse = (data: string) => JSON.parse(data) as { text: string; replyTo?: string };
const convOf = (r: RecordedChatRequest) => /\b(c\d+)-m\d+\b/.exec(lastUserText(r))?.[1] ?? "?";

describe("ordering across two worker processes", () => {
  let h: Harness;
  const inFlight = new Map<string, number>();
  let overlapped: string[] = [];

  beforeAll(async () => {
    // One process takes web traffic (and runs workers); a second one is a pure worker: two worker instances.
    h = await startHarness();
    await h.spawn({ kind: "worker" });
    h.fake.setResponder(async (request) => {
      const conv = convOf(request);
      const n = (inFlight.get(conv) ?? 0) + 1;
      inFlight.set(conv, n);
      if (n > 1) overlapped.push(conv);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 120));
      inFlight.set(conv, (inFlight.get(conv) ?? 1) - 1);
      return { text: `answer to ${lastUserText(request).replace(/\n+/g, " | ")}` };
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("5 conversations x 4 messages: replies in order, never two model calls of one conversation at once", async () => {
    overlapped = [];
    const convs = [1, 2, 3, 4, 5].map((c) => `c${c}`);
    const streams = await Promise.all(convs.map((c) => h.sse(`ord-${c}`)));
    for (let m = 1; m <= 4; m++) {
      await Promise.all(convs.map((c) => h.postWeb(`ord-${c}`, `${c}-m${m}`, `${c}-m${m} question`)));
      await new Promise((r) => setTimeout(r, Math.random() * 60));
    }
    for (const [i, c] of convs.entries()) {
      const sse = streams[i]!;
      // Every message is answered exactly once, in a reply whose order follows the messages'.
      await expect
        .poll(() => sse.events.filter((e) => e.event === "reply").map((e) => parse(e.data).text).join(" ").match(new RegExp(`${c}-m\\d`, "g"))?.length ?? 0, { timeout: 20_000 })
        .toBe(4);
      const answered = sse.events
        .filter((e) => e.event === "reply")
        .flatMap((e) => [...parse(e.data).text.matchAll(new RegExp(`${c}-m(\\d)`, "g"))].map((m) => Number(m[1])));
      expect(answered).toEqual([1, 2, 3, 4]);
      sse.close();
    }
    expect(overlapped).toEqual([]);
  });
});

describe("coalescing bursts and the last-message race", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { DEBOUNCE_MS_WEB: "400" } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("three messages within the debounce window make one model call", async () => {
    h.fake.setResponder((r) => ({ text: `got: ${lastUserText(r)}` }));
    const before = h.fake.requests.length;
    const sse = await h.sse("burst");
    await h.postWeb("burst", "b1", "hey");
    await h.postWeb("burst", "b2", "quick question");
    await h.postWeb("burst", "b3", "what's 2+2?");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.requests.length - before).toBe(1);
    expect(lastUserText(h.fake.requests.at(-1)!)).toBe("hey\n\nquick question\n\nwhat's 2+2?");
    expect(parse(reply!.data)).toMatchObject({ replyTo: "b3" });
    expect(sse.events.filter((e) => e.event === "reply")).toHaveLength(1);
    sse.close();
  });

  it("the first message of a quiet conversation waits no longer than the window", async () => {
    h.fake.setResponder(() => ({ text: "fast" }));
    const sse = await h.sse("quiet");
    const t0 = Date.now();
    await h.postWeb("quiet", "q1", "hello");
    await sse.waitFor((e) => e.event === "reply");
    expect(Date.now() - t0).toBeLessThan(400 + 1500);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    sse.close();
  });

  it("a message arriving while a turn runs is answered in the next turn, not dropped", async () => {
    h.fake.setResponder((r) => ({ text: `re: ${lastUserText(r)}`, delayMs: lastUserText(r).includes("slow") ? 900 : 0 }));
    const sse = await h.sse("during");
    await h.postWeb("during", "s1", "slow first");
    await new Promise((r) => setTimeout(r, 700)); // the turn is now running (debounce 400 + model 900)
    await h.postWeb("during", "s2", "second while busy");
    const replies = await sse.waitFor((e) => e.event === "reply", 2, 10_000);
    expect(replies.map((e) => parse(e.data).text)).toEqual(["re: slow first", "re: second while busy"]);
    sse.close();
  });

  it("messages landing just as a turn finishes are never lost (race probed on purpose)", async () => {
    const h0 = await startHarness({ redisUrl: h.redisUrl, fake: h.fake, env: { DEBOUNCE_MS_WEB: "0", PORT: "0" } });
    await h.relay.stop(); // leave a single process so timing is tight
    try {
      h.fake.setResponder((r) => ({ text: `ok ${lastUserText(r)}`, delayMs: 30 }));
      const rounds = 25;
      const streams = await Promise.all(Array.from({ length: rounds }, (_, i) => h0.sse(`race-${i}`)));
      await Promise.all(
        streams.map(async (_, i) => {
          await h0.postWeb(`race-${i}`, "x1", `first ${i}`);
          await new Promise((r) => setTimeout(r, 20 + ((i * 7) % 25)));
          await h0.postWeb(`race-${i}`, "x2", `second ${i}`);
        }),
      );
      for (const [i, sse] of streams.entries()) {
        await expect.poll(() => sse.events.filter((e) => e.event === "reply").map((e) => parse(e.data).text).join(" ").includes(`second ${i}`), { timeout: 15_000 }).toBe(true);
        sse.close();
      }
    } finally {
      await h0.stop();
    }
  });
});
