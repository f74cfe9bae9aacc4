import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { InvalidInputError } from "./errors.js";
import { JOBS, KEYS, safeJobId } from "./keys.js";
import { InboundMessageSchema, type InboundMessage, type InboundMessageInput } from "./message.js";

/** What intake did with a message. */
export interface IntakeResult {
  status: "queued" | "duplicate";
  id: string;
}

/** The one door into the pipeline: validates a normalized message and queues it exactly once. */
export interface Intake {
  /** Resolves only once the message is safely in Redis (acknowledge the platform after this). */
  accept(message: InboundMessageInput): Promise<IntakeResult>;
}

/** Options of inbound jobs. */
export const INBOUND_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 500 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 86400, count: 5000 },
} as const;

/** Validates an inbound message, dropping the in-process `raw` escape hatch. */
export function parseInbound(input: unknown): InboundMessage {
  const parsed = InboundMessageSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new InvalidInputError(`invalid inbound message: ${detail}`, { cause: parsed.error });
  }
  const { raw: _raw, ...message } = parsed.data;
  return message;
}

/** The inbound job id for a message: stable, so a redelivery while the first job exists makes no second job. */
export function inboundJobId(messageId: string): string {
  return safeJobId("in", messageId);
}

/** Builds intake over the `inbound` queue. */
export function createIntake(options: {
  queue: Queue;
  redis: Redis;
  logger: Logger;
  /** Told about every accepted message (metrics). */
  onAccepted?: (message: InboundMessage, status: IntakeResult["status"]) => void;
}): Intake {
  const { queue, redis, logger } = options;
  return {
    async accept(input) {
      const message = parseInbound(input);
      // A message already taken by the inbound worker is a redelivery: accepted, not queued again.
      if ((await redis.exists(KEYS.seen(message.conversationId, message.id))) === 1) {
        logger.debug({ id: message.id }, "duplicate inbound message");
        options.onAccepted?.(message, "duplicate");
        return { status: "duplicate", id: message.id };
      }
      const jobId = inboundJobId(message.id);
      // Same jobId while the first job exists: BullMQ keeps one job; the inbound worker's seen-marker catches later ones.
      await queue.add(JOBS.inbound, message, { ...INBOUND_JOB_OPTIONS, jobId });
      options.onAccepted?.(message, "queued");
      return { status: "queued", id: message.id };
    },
  };
}
