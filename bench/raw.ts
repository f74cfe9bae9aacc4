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

