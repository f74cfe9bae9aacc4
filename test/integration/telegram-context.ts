import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { createFileBlobStore } from "../../src/blobs.js";
import type { ChannelContext } from "../../src/channel.js";
import { createEventBus } from "../../src/events.js";
import { createFeedbackStore } from "../../src/feedback.js";
import { createHttpServer } from "../../src/http/server.js";
import { createIntake } from "../../src/intake.js";
import { createLogger } from "../../src/logger.js";
import type { InboundMessage } from "../../src/message.js";
import { startTestRedis } from "../helpers/redis.js";

/** A real ChannelContext (intake over a BullMQ queue on a private Redis, file blobs, fastify) for adapter tests. */
export interface TestContext {
  context: ChannelContext;
  redisUrl: string;
  queue: Queue;
  /** Messages intake queued, in queue order. */
  queued(): Promise<InboundMessage[]>;
  close(): Promise<void>;
}

/** Builds the context. */
export async function createTestContext(): Promise<TestContext> {
  const server = await startTestRedis();
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  const subscriber = new Redis(server.url, { maxRetriesPerRequest: null });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const queue = new Queue(`inbound-tg-${Date.now()}`, { connection: redis });
  const dir = mkdtempSync(join(tmpdir(), "spark-tg-"));
  const context: ChannelContext = {
    intake: createIntake({ queue, redis, logger }),
    events: createEventBus({ publisher: redis, subscriber, logger }),
    blobs: createFileBlobStore(join(dir, "blobs")),
    http: createHttpServer({ logger }),
    redis,
    logger,
    dataDir: dir,
    feedback: createFeedbackStore(redis),
  };
  return {
    context,
    redisUrl: server.url,
    queue,
    async queued() {
      const jobs = await queue.getJobs(["waiting", "delayed", "active", "completed", "prioritized"], 0, 1000, true);
      return jobs.map((j) => j.data as InboundMessage);
    },
    async close() {
      await context.http.close();
      await queue.close();
      await context.events.close();
      redis.disconnect();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
