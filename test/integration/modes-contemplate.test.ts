import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES } from "../../src/keys.js";
import type { TurnOutcome } from "../../workers/turn.js";
import type { FakeReply, RecordedChatRequest } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { agentTitle, sendMessage, stepOf } from "./modes-helpers.js";

const PLAN = { tasks: [{ title: "Itinerary", prompt: "day by day plan" }, { title: "Hotels", prompt: "compare hotels" }, { title: "Activities", prompt: "things to do" }] };
const AGENT_DELAY_MS = 800;
const outcomes: TurnOutcome[] = [];
let h: Harness;

/** Planner -> plan; agents -> slow findings (or a per-title failure); synthesis -> a fixed answer. */
function contemplatingResponder(fail: Record<string, FakeReply> = {}) {
  return (r: RecordedChatRequest): FakeReply => {
    const step = stepOf(r);
    if (step === "planner") return { text: JSON.stringify(PLAN) };
    if (step === "agent") return fail[agentTitle(r)] ?? { text: `finding about ${agentTitle(r)}`, delayMs: AGENT_DELAY_MS };
    if (step === "synthesis") return { text: "Here is your combined trip plan." };
    return { text: "plain answer" };
  };
}

beforeAll(async () => {
  h = await startHarness({ env: { SUBAGENT_CONCURRENCY: "2", CONTEMPLATE_AGENT_TIMEOUT_MS: "2500", MODEL_TIMEOUT_MS: "6000" }, overrides: { onTurn: (o) => outcomes.push(o) } });
  await h.spawn({ kind: "worker" }, {}, { onTurn: (o) => outcomes.push(o) });
});
afterAll(async () => {
  await h?.stop();
});

describe("contemplating mode with sub-agents on two worker processes", () => {
  it("runs the sub-agents in parallel on both processes and synthesizes every result", async () => {
    h.fake.setResponder(contemplatingResponder());
    const progress: string[] = [];
    const unsubscribe = await h.relay.events.subscribe("web", (e) => {
      if (e.type === "progress") progress.push(e.note);
    });
    const sse = await h.sse("trip");
    const before = h.fake.requests.length;
    await sendMessage(h, "trip", "m1", "/contemplate plan a week in Japan");
    const [reply] = await sse.waitFor((e) => e.event === "reply", 1, 15_000);
    expect((JSON.parse(reply!.data) as { text: string }).text).toBe("Here is your combined trip plan.");

    const requests = h.fake.requests.slice(before);
    const agents = requests.filter((r) => stepOf(r) === "agent");
    expect(agents.map(agentTitle).sort()).toEqual(["Activities", "Hotels", "Itinerary"]);
    const wall = Math.max(...agents.map((r) => r.endedAt!)) - Math.min(...agents.map((r) => r.at));
    expect(wall).toBeLessThan(AGENT_DELAY_MS * 2);
    expect(wall).toBeGreaterThanOrEqual(AGENT_DELAY_MS - 50);

    const synthesis = requests.find((r) => stepOf(r) === "synthesis")!;
    const system = String(synthesis.body.messages[0]!.content);
    for (const title of ["Itinerary", "Hotels", "Activities"]) expect(system).toContain(`finding about ${title}`);
    expect(synthesis.at).toBeGreaterThanOrEqual(Math.max(...agents.map((r) => r.endedAt!)) - 5);

    const done = await h.relay.queue(QUEUES.subagents).getCompleted();
    const workers = new Set(done.filter((j) => (j.data as { turnId: string }).turnId === outcomes.at(-1)?.turnId).map((j) => j.processedBy));
    expect(workers.size).toBe(2);
    expect(progress).toContain("Thinking with 3 agents...");
    expect(outcomes.at(-1)).toMatchObject({ mode: "contemplating", kind: "answer" });
    await unsubscribe();
    sse.close();
  });

  it("answers with what it has when one sub-agent fails and another times out, saying what it could not check", async () => {
    h.fake.setResponder(contemplatingResponder({ Hotels: { status: 400 }, Activities: { hang: true } }));
    const sse = await h.sse("trip2");
    const started = Date.now();
    await sendMessage(h, "trip2", "m1", "/contemplate plan a week in Japan");
    const [reply] = await sse.waitFor((e) => e.event === "reply", 1, 20_000);
    const text = (JSON.parse(reply!.data) as { text: string }).text;
    expect(text).toContain("Here is your combined trip plan.");
    expect(text).toMatch(/couldn't check.*\*\*Hotels\*\*.*\*\*Activities\*\*/s);
    expect(Date.now() - started).toBeLessThan(8000);
    const synthesis = h.fake.requests.filter((r) => stepOf(r) === "synthesis").at(-1)!;
    const system = String(synthesis.body.messages[0]!.content);
    expect(system).toContain("finding about Itinerary");
    expect(system).toMatch(/could not be checked.*Hotels.*Activities/s);
    sse.close();
  });

  it("falls back to thinking mode when the planner's JSON is not a valid plan", async () => {
    h.fake.setResponder((r) => (stepOf(r) === "planner" ? { text: '{"tasks": "nope"}' } : { text: "thought it through" }));
    const sse = await h.sse("trip3");
    const before = h.fake.requests.length;
    await sendMessage(h, "trip3", "m1", "/contemplate is it worth it?");
    const [reply] = await sse.waitFor((e) => e.event === "reply");
    expect((JSON.parse(reply!.data) as { text: string }).text).toBe("thought it through");
    const requests = h.fake.requests.slice(before);
    expect(requests.map(stepOf)).toEqual(["planner", "other"]);
    expect(requests[1]!.body.reasoning_effort).toBe("medium");
    expect(outcomes.at(-1)).toMatchObject({ mode: "thinking" });
    sse.close();
  });
});
