import { createFeedbackStore } from "../../src/feedback.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { pino } from "pino";
import { createWhatsAppAdapter, type WhatsAppAdapterOptions } from "../../adapters/whatsapp/index.js";
import { createFileBlobStore, type BlobStore } from "../../src/blobs.js";
import type { ChannelAdapter, ChannelContext } from "../../src/channel.js";
import { createEventBus } from "../../src/events.js";
import { createHttpServer } from "../../src/http/server.js";
import { createIntake } from "../../src/intake.js";
import { InboundMessageSchema, type InboundMessage } from "../../src/message.js";
import { FakeWhatsAppWeb } from "../fakes/whatsapp/web.js";
import { startTestRedis } from "../helpers/redis.js";

/** A WhatsApp adapter on real intake (BullMQ on a private Redis) and the real whatsapp-web.js Client on the fake page. */
export interface WhatsAppRig {
  adapter: ChannelAdapter;
  fake: FakeWhatsAppWeb;
  context: ChannelContext;
  redis: Redis;
  blobs: BlobStore;
  dataDir: string;
  printed: string[];
  /** Inbound messages accepted so far, oldest first. */
  accepted(): Promise<InboundMessage[]>;
  stop(): Promise<void>;
}

export { until } from "../helpers/wait.js";

/** Starts the rig; the session starts unpaired unless `paired`. */
export async function startWhatsAppRig(options: { paired?: boolean; adapter?: Partial<WhatsAppAdapterOptions> } = {}): Promise<WhatsAppRig> {
  const server = await startTestRedis();
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  const subscriber = new Redis(server.url, { maxRetriesPerRequest: null });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const dataDir = mkdtempSync(join(tmpdir(), "spark-wa-"));
  const queue = new Queue(`inbound-wa-${Date.now()}`, { connection: redis });
  const blobs = createFileBlobStore(join(dataDir, "blobs"));
  const http = createHttpServer({ logger });
  const context: ChannelContext = {
    intake: createIntake({ queue, redis, logger }),
    events: createEventBus({ publisher: redis, subscriber, logger }),
    blobs,
    http,
    feedback: createFeedbackStore(redis),
    redis,
    logger,
    dataDir,
  };
  const fake = new FakeWhatsAppWeb({ paired: options.paired ?? false });
  const restore = fake.installPuppeteer();
  const printed: string[] = [];
  const adapter = createWhatsAppAdapter({
    chromiumPath: "/usr/bin/chromium",
    context,
    pacing: { perChatMs: 10, jitterMs: 0, globalGapMs: 0 },
    reconnect: { initialMs: 50, maxMs: 200 },
    logoutSettleMs: 100,
    workingNoteMs: 0,
    printQr: (t) => printed.push(t),
    ...options.adapter,
  });
  adapter.registerRoutes?.(http);
  await http.ready();
  return {
    adapter,
    fake,
    context,
    redis,
    blobs,
    dataDir,
    printed,
    async accepted() {
      const jobs = await queue.getJobs(["waiting", "delayed", "active", "completed"]);
      return jobs.sort((a, b) => a.timestamp - b.timestamp || Number(a.id! > b.id!)).map((j) => InboundMessageSchema.parse(j.data));
    },
    async stop() {
      await adapter.stop();
      restore();
      await http.close();
      await queue.close();
      await context.events.close();
      redis.disconnect();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
