import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { KEYS } from "../src/keys.js";
import type { ChannelName, InboundMessage } from "../src/message.js";
import { enqueueNotice } from "../src/outbox.js";
import type { AccessControl } from "../src/safety/access.js";
import type { UserLimiter } from "../src/safety/limits.js";
import type { InboundGate } from "./inbound.js";

/** Told to an unknown user of a private deployment. */
export const PAIRING_NEEDED = "This assistant is private. Please send the pairing code you were given.";
/** Told when a pairing code was accepted. */
export const PAIRED = "Paired - welcome! You can start chatting now.";
/** Told to a channel that must answer every request when the user is not served. */
export const NOT_SERVED = "This service is not available for this account.";

/** Told once when a user sends messages faster than the rate limit. */
export function rateNotice(retryAfterMs: number): string {
  return `You're sending messages quickly - please wait about ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s and try again.`;
}
/** Told once per day when the user's daily token quota is used up. */
export const QUOTA_NOTICE = "You've reached today's usage limit. It resets at 00:00 UTC - see you then!";

/** Options of the safety gate. */
export interface SafetyGateOptions {
  access: AccessControl;
  limiter: UserLimiter;
  redis: Redis;
  outbox: (channel: ChannelName) => Queue;
  logger: Logger;
  /** Channels whose every message must get an answer (a waiting HTTP request): a notice every time. */
  alwaysAnswer?: ChannelName[];
  /** Called for each message stopped here, with the reason (for metrics). */
  onBlocked?: (message: InboundMessage, reason: string) => void;
}

/**
 * The inbound gate for access and limits: denied users get nothing, unpaired users are asked for the pairing code
 * (a message holding a valid code pairs them), and users over the rate limit or daily quota get one short notice
 * per window instead of an answer. Messages stopped here never reach a turn or the model.
 */
export function createSafetyGate(options: SafetyGateOptions): InboundGate {
  const always = new Set(options.alwaysAnswer ?? []);
  return async (message) => {
    const { channel } = message;
    const userId = message.sender.id;
    const user = `${channel}:${userId}`;
    const block = async (reason: string, text: string | undefined, onceForMs?: number) => {
      options.onBlocked?.(message, reason);
      options.logger.info({ channel, reason, id: message.id }, "message stopped by the safety gate");
      if (always.has(channel)) await sendNotice(options, message, text ?? NOT_SERVED, reason);
      else if (text !== undefined && (onceForMs === undefined || (await firstTime(options.redis, reason, user, onceForMs)))) {
        await sendNotice(options, message, text, reason);
      }
      return false;
    };
    const access = await options.access.check(channel, userId);
    if (!access.allowed) {
      if (access.reason !== "not_paired") return block(access.reason, undefined);
      if (await options.access.redeem(channel, userId, message.text)) {
        await options.redis.del(KEYS.safety.notified("pairing", user));
        return block("paired", PAIRED);
      }
      return block("pairing", PAIRING_NEEDED, 60_000);
    }
    const limit = await options.limiter.check(channel, userId);
    if (limit.allowed) return true;
    if (limit.reason === "rate") return block("rate", rateNotice(limit.retryAfterMs), limit.retryAfterMs);
    return block("quota", QUOTA_NOTICE, Math.max(1000, limit.resetAt - Date.now()));
  };
}

async function firstTime(redis: Redis, kind: string, user: string, ttlMs: number): Promise<boolean> {
  return (await redis.set(KEYS.safety.notified(kind, user), "1", "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK";
}

function sendNotice(options: SafetyGateOptions, message: InboundMessage, text: string, reason: string): Promise<void> {
  return enqueueNotice(options.outbox(message.channel), message, text, "safety", { safety: reason });
}
