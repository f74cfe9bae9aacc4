import { UnrecoverableError, Worker, type Job, type Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { ChannelSettings } from "../src/config.js";
import { InvalidInputError } from "../src/errors.js";
import { parseInbound } from "../src/intake.js";
import { JOBS, QUEUES } from "../src/keys.js";
import type { ChannelName, InboundMessage } from "../src/message.js";
import { ConversationState } from "./conversation-state.js";
import { TURN_JOB_OPTIONS, type TurnJob } from "./turn-job.js";

/** A gate a message must pass before it joins its conversation (rollout, rate limits...). Returning false drops it. */
export type InboundGate = (message: InboundMessage) => Promise<boolean>;

/** Dependencies of the inbound processor. */
export interface InboundProcessorOptions {
  redis: Redis;
  turns: Queue;
  channelSettings: (channel: ChannelName) => ChannelSettings;
  dedupeTtlS: number;
  logger: Logger;
  gates?: InboundGate[];
}

/** Moves each accepted message into its conversation exactly once and makes sure the conversation's one turn job exists. */
export function createInboundProcessor(options: InboundProcessorOptions) {
  const state = new ConversationState(options.redis);
  return async function processInbound(job: Job): Promise<"queued" | "duplicate" | "gated"> {
    let message: InboundMessage;
    try {
      message = parseInbound(job.data);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new UnrecoverableError(error.message);
      throw error;
    }
    for (const gate of options.gates ?? []) if (!(await gate(message))) return "gated";
    const debounceMs = options.channelSettings(message.channel).debounceMs;
    for (let round = 0; round < 3; round++) {
      const result = await state.enqueue(message.conversationId, message.id, JSON.stringify(message), options.dedupeTtlS);
      if (!result.owner) return result.fresh ? "queued" : "duplicate";
      const payload: TurnJob = { conversationId: message.conversationId, channel: message.channel };
      const turn = await options.turns.add(JOBS.turn, payload, { ...TURN_JOB_OPTIONS, jobId: result.owner, delay: result.created ? debounceMs : 0 });
      if (result.created) return result.fresh ? "queued" : "duplicate";
      // The owner recorded in Redis must be a live job; one that failed for good would leave the conversation stuck.
      const jobState = await turn.getState();
      if (jobState !== "failed" && jobState !== "completed") return result.fresh ? "queued" : "duplicate";
      options.logger.warn({ conversationId: message.conversationId, owner: result.owner, jobState }, "stale turn owner; replacing it");
      await state.release(message.conversationId, result.owner);
    }
    throw new Error(`could not schedule a turn for ${message.conversationId}`);
  };
}

/** Starts the `inbound` worker. */
export function startInboundWorker(options: InboundProcessorOptions & { connection: Redis; concurrency: number; lockDurationMs?: number }): Worker {
  const worker = new Worker(QUEUES.inbound, createInboundProcessor(options), {
    connection: options.connection,
    concurrency: options.concurrency,
    name: JOBS.inbound,
    // Same crash-recovery horizon as turns: a killed worker's intake job resumes within ~1.5 x the lock.
    ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs, stalledInterval: Math.max(1000, Math.floor(options.lockDurationMs / 2)) } : {}),
  });
  worker.on("failed", (job, err) => options.logger.error({ err, jobId: job?.id }, "inbound job failed"));
  worker.on("error", (err) => options.logger.error({ err }, "inbound worker error"));
  return worker;
}
