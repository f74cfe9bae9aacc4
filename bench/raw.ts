import { Queue, Worker } from "bullmq";
import { connectRedis } from "../src/redis.js";

/** Runs `count` tasks with at most `inFlight` at once. */
export async function pump(count: number, inFlight: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(inFlight, count) }, async () => {
    while (next < count) await task(next++);
  });
  await Promise.all(lanes);
}

/** Raw BullMQ: `jobs` no-op jobs through one queue and one worker of the given concurrency; returns jobs per second. */
export async function benchRawBullmq(options: { redisUrl: string; jobs: number; concurrency: number; producers: number }): Promise<number> {
  const connection = connectRedis(options.redisUrl);
  const name = `bench-raw-${Date.now().toString(36)}`;
  const queue = new Queue(name, { connection });
  let done = 0;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((r) => (finished = r));
  const workerConnection = connectRedis(options.redisUrl);
  const worker = new Worker(name, async () => undefined, { connection: workerConnection, concurrency: options.concurrency });
  worker.on("completed", () => {
    if (++done === options.jobs) finished();
  });
  await worker.waitUntilReady();
  const t0 = performance.now();
  await pump(options.jobs, options.producers, (i) => queue.add("noop", { i }, { removeOnComplete: true }));
  await allDone;
  const seconds = (performance.now() - t0) / 1000;
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  connection.disconnect();
  workerConnection.disconnect();
  return options.jobs / seconds;
}


/**
 * Raw BullMQ, three hops: each message is a no-op job on one queue that adds a job to the next, like the pipeline's
 * inbound -> turns -> outbox path. This is the ceiling any three-queue design reaches on this machine.
 */
export async function benchRawThreeHops(options: { redisUrl: string; jobs: number; concurrency: number; producers: number }): Promise<number> {
  const stamp = Date.now().toString(36);
  const names = [0, 1, 2].map((i) => `bench-hop${i}-${stamp}`);
  const connection = connectRedis(options.redisUrl);
  const queues = names.map((n) => new Queue(n, { connection }));
  let done = 0;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((r) => (finished = r));
  const workerConnections = names.map(() => connectRedis(options.redisUrl));
  const workers = names.map(
    (name, i) =>
      new Worker(
        name,
        async (job) => {
          if (i < 2) await queues[i + 1]!.add("hop", job.data, { removeOnComplete: true });
        },
        { connection: workerConnections[i]!, concurrency: options.concurrency },
      ),
  );
  workers[2]!.on("completed", () => {
    if (++done === options.jobs) finished();
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  const t0 = performance.now();
  await pump(options.jobs, options.producers, (i) => queues[0]!.add("hop", { i }, { removeOnComplete: true }));
  await allDone;
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.close()));
  for (const q of queues) {
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
  }
  connection.disconnect();
  for (const c of workerConnections) c.disconnect();
  return options.jobs / seconds;
}
