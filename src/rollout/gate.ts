import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { KEYS } from "../keys.js";
import type { ChannelName, InboundMessage } from "../message.js";
import { enqueueNotice } from "../outbox.js";
import type { RolloutCache } from "./cache.js";
import type { Assignment } from "./types.js";

/** What a channel that must answer every request (the partner API) is told when it is killed or off. */
export const UNAVAILABLE_NOTICE = "This service is not available right now.";
/** How long a user is remembered as told "not available yet" (so the notice comes once, not per message). */
export const NOTIFIED_TTL_S = 90 * 86400;

/** Options of the rollout gate. */
export interface RolloutGateOptions {
  cache: RolloutCache;
  redis: Redis;
  outbox: (channel: ChannelName) => Queue;
  logger: Logger;
  /** Channels whose every message must get an answer (a waiting HTTP request): they get a notice even when killed. */
  alwaysAnswer?: ChannelName[];
  onGated?: (message: InboundMessage, assignment: Assignment) => void;
}

/**
 * The inbound gate that applies the rollout: admitted messages pass; others are dropped, and the user is told
 * "not available yet" once (or nothing, when the channel's reply is null). A killed channel answers nothing,
 * except channels in `alwaysAnswer`, which get a short notice.
 */
export function createRolloutGate(options: RolloutGateOptions): (message: InboundMessage) => Promise<boolean> {
  const always = new Set(options.alwaysAnswer ?? []);
  return async (message) => {
    const assignment = options.cache.assign(message.channel, message.sender.id);
    if (assignment.admitted) return true;
    options.onGated?.(message, assignment);
    options.logger.debug({ channel: message.channel, reason: assignment.reason, id: message.id }, "message outside the rollout");
    const text = await noticeFor(options, message, assignment, always.has(message.channel));
    if (text !== undefined) await enqueueNotice(options.outbox(message.channel), message, text, "rollout", { rollout: assignment.reason, cohort: assignment.cohort });
    return false;
  };
}

async function noticeFor(options: RolloutGateOptions, message: InboundMessage, assignment: Assignment, always: boolean): Promise<string | undefined> {
  const reply = options.cache.get(message.channel).notAvailableReply;
  if (always) return assignment.reason === "outside_percent" && reply ? reply : UNAVAILABLE_NOTICE;
  if (assignment.reason !== "outside_percent" || reply === null) return undefined;
  const first = await options.redis.set(KEYS.rolloutNotified(message.channel, message.sender.id), "1", "EX", NOTIFIED_TTL_S, "NX");
  return first === "OK" ? reply : undefined;
}

