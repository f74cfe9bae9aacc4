import { UnrecoverableError, Worker, type Job, type Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { OutboxJobSchema, type ChannelAdapter, type DeliveryLedger, type OutboxJob } from "./channel.js";
import { InvalidInputError, PlatformError, PlatformRateLimitError, isPermanent } from "./errors.js";
import type { FeedbackStore } from "./feedback.js";
import { digest, JOBS, KEYS, QUEUES, safeJobId } from "./keys.js";
import type { ChannelName, InboundMessage } from "./message.js";

/** How long delivery markers are kept (a retried job older than this could post again). */
export const SENT_TTL_S = 7 * 86400;
/** A 429 is waited out in place this many times before the job is handed back to the queue's backoff. */
export const MAX_INLINE_RATE_LIMIT_WAITS = 6;

/** Default options of outbox jobs: retried with backoff; completed ones kept briefly so a re-add with the same id is a no-op. */
export const OUTBOX_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86400, count: 10_000 },
} as const;

/** Queues one turn's answer for its channel; the same turn queued twice is one job. */
export async function enqueueOutbox(queue: Queue, job: OutboxJob): Promise<void> {
  const data = OutboxJobSchema.parse(job);
  await queue.add(JOBS.send, data, { ...OUTBOX_JOB_OPTIONS, jobId: safeJobId("out", data.turnId) });
}

/** Queues a one-part system notice answering `message` (rollout, limits, safety), outside any model turn; `source` names who sent it. */
export async function enqueueNotice(queue: Queue, message: InboundMessage, text: string, source: string, meta: Record<string, string> = {}): Promise<void> {
  const turnId = `${source}-${digest(message.id, 24)}`;
  await enqueueOutbox(queue, {
    channel: message.channel,
    conversationId: message.conversationId,
    turnId,
    parts: [
      {
        channel: message.channel,
        conversationId: message.conversationId,
        chatId: message.chat.id,
        turnId,
        key: `${turnId}#0`,
        part: 0,
        parts: 1,
        text,
        attachments: [],
        replyTo: message.id,
        route: message.route,
        kind: "notice",
        meta,
      },
    ],
  });
}

/** A ledger over Redis for one part key. */
export function redisLedger(redis: Redis, key: string): DeliveryLedger {
  return {
    async sent(index) {
      return (await redis.get(KEYS.sent(`${key}#${index}`))) ?? undefined;
    },
    async markSent(index, platformMessageId) {
      await redis.set(KEYS.sent(`${key}#${index}`), platformMessageId || "-", "EX", SENT_TTL_S);
    },
  };
}

/** Called when a part can never be delivered (user blocked the bot, missing permission). */
export type UndeliverableHandler = (info: { channel: ChannelName; conversationId: string; key: string; error: PlatformError }) => void;

/** Options of the outbox consumer. */
export interface OutboxWorkerOptions {
  adapter: ChannelAdapter;
  connection: Redis;
  redis: Redis;
  logger: Logger;
  concurrency?: number;
  /** Job lock (ms); defaults to BullMQ's 30 s. */
  lockDurationMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onUndeliverable?: UndeliverableHandler;
  /** Links delivered platform messages to their turn, so reactions on them count as feedback. */
  feedback?: FeedbackStore;
  onDelivered?: (info: { channel: ChannelName; turnId: string; parts: number; latencyMs: number }) => void;
  onRateLimited?: (info: { channel: ChannelName; retryAfterMs: number }) => void;
}

/**
 * Consumes `outbox:<channel>` in the process that holds the channel. Parts of one job go one after another;
 * jobs of one conversation are chained in this process so replies keep their order.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): Worker {
  const { adapter, redis, logger } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const chains = new Map<string, Promise<unknown>>();

  const deliver = async (job: OutboxJob) => {
    for (const part of job.parts) {
      const ledger = redisLedger(redis, part.key);
      for (let waits = 0; ; waits++) {
        try {
          const result = await adapter.send(part, ledger);
          for (const id of result.platformMessageIds) await options.feedback?.link(adapter.name, part.chatId, id, part.turnId);
          break;
        } catch (error) {
          if (error instanceof PlatformRateLimitError && waits < MAX_INLINE_RATE_LIMIT_WAITS) {
            options.onRateLimited?.({ channel: adapter.name, retryAfterMs: error.retryAfterMs });
            logger.warn({ conversationId: job.conversationId, retryAfterMs: error.retryAfterMs }, "platform rate limit; waiting");
            await sleep(Math.max(error.retryAfterMs, 50));
            continue;
          }
          if (error instanceof PlatformError && isPermanent(error)) {
            logger.warn({ err: error, conversationId: job.conversationId, key: part.key }, "part undeliverable; recorded, not retried");
            options.onUndeliverable?.({ channel: adapter.name, conversationId: job.conversationId, key: part.key, error });
            return;
          }
          throw error;
        }
      }
    }
  };

  const processor = async (job: Job) => {
    const parsed = OutboxJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(new InvalidInputError(`malformed outbox job ${job.id}: ${parsed.error.message}`).message);
    const data = parsed.data;
    const previous = chains.get(data.conversationId) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => deliver(data));
    chains.set(data.conversationId, current);
    try {
      await current;
      options.onDelivered?.({ channel: adapter.name, turnId: data.turnId, parts: data.parts.length, latencyMs: Date.now() - job.timestamp });
    } finally {
      if (chains.get(data.conversationId) === current) chains.delete(data.conversationId);
    }
  };

  const worker = new Worker(QUEUES.outbox(adapter.name), processor, {
    connection: options.connection,
    concurrency: options.concurrency ?? 8,
    // A delivery cut off by a crash or a Redis restart resumes within ~1.5 x the lock (BullMQ renews it while a send waits out a 429).
    ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs, stalledInterval: Math.max(1000, Math.floor(options.lockDurationMs / 2)) } : {}),
    ...(adapter.rateLimit ? { limiter: { max: adapter.rateLimit.max, duration: adapter.rateLimit.durationMs } } : {}),
  });
  worker.on("failed", (job, err) => {
    logger.error({ err, jobId: job?.id, attempts: job?.attemptsMade }, "outbox delivery failed");
  });
  worker.on("error", (err) => logger.error({ err }, "outbox worker error"));
  return worker;
}
