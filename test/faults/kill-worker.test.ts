import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundId } from "../../src/message.js";
import { lastUserText, startFakeOpenAI, type FakeOpenAI } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { startTestRedis } from "../helpers/redis.js";
import { answerCounts, newRecord, recordingWebChannel } from "./recording-channel.js";
import { startWorkerProcess, type WorkerProcess } from "./worker-process.js";

// Lock and stall settings of the workers: BullMQ renews a running turn's lock every TURN_LOCK_MS/2, so the lock does
// not have to outlast the model call; it bounds how long a dead worker's turns stay claimed. The stalled-job check runs
// every TURN_LOCK_MS/2, so a killed worker's turns are back in the queue within about TURN_LOCK_MS * 1.5 (6 s here).
const TURN_LOCK_MS = 4000;
const MODEL_DELAY_MS = 2500;
const CONVERSATIONS = 60;

describe("faults: kill -9 of one worker process among two", () => {
  let redis: Awaited<ReturnType<typeof startTestRedis>>;
  let fake: FakeOpenAI;
  let h: Harness;
  const workers: WorkerProcess[] = [];
  const record = newRecord();

  beforeAll(async () => {
    redis = await startTestRedis();
    fake = await startFakeOpenAI(async (request) => {
      await new Promise((r) => setTimeout(r, MODEL_DELAY_MS));
      return { text: `answer to ${lastUserText(request)}` };
    });
    // This process holds the web channel and its outbox only; both workers are separate processes.
    h = await startHarness({ redisUrl: redis.url, fake, role: { kind: "channel", channel: "web" }, overrides: { channels: { web: recordingWebChannel(record) } } });
    // 40 turns each at most: 60 conversations put at least 20 on each worker.
    const env = { ...h.env, WORKER_CONCURRENCY: "40", TURN_LOCK_MS: String(TURN_LOCK_MS), MODEL_TIMEOUT_MS: "10000", LOG_LEVEL: "warn" };
    workers.push(...(await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])));
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await h?.stop();
    await fake?.close();
    await redis?.stop();
  });

  it(`${CONVERSATIONS} conversations mid-turn: every message answered exactly once, recovered within 15 s`, async () => {
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => inboundId("web", `kill-${i}`, "m1"));
    const statuses = await Promise.all(ids.map((_, i) => h.postWeb(`kill-${i}`, "m1", `kill ${i}`)));
    expect(statuses.every((s) => s.status === 202)).toBe(true);
    // Every conversation is now inside its model call.
    await expect.poll(() => fake.requests.length, { timeout: 10_000, interval: 20 }).toBe(CONVERSATIONS);
    expect(record.posted).toHaveLength(0);
    const killedAt = Date.now();
    await workers[0]!.kill9();

    await expect.poll(() => answerCounts(record).size, { timeout: 15_000, interval: 50 }).toBe(CONVERSATIONS);
    const recoveryMs = Date.now() - killedAt;
    expect(recoveryMs).toBeLessThan(15_000);
    // Turns cut by the kill were asked again; nothing was answered twice, even after the dust settles.
    await new Promise((r) => setTimeout(r, 1500));
    const counts = answerCounts(record);
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect(record.posted).toHaveLength(CONVERSATIONS);
    expect(fake.requests.length).toBeGreaterThan(CONVERSATIONS);
    for (const p of record.posted) expect(p.text).toBe(`answer to kill ${p.replyTo!.split(":")[1]!.slice(5)}`);
  }, 45_000);
});
