import type { Redis } from "ioredis";
import { KEYS } from "./keys.js";

/** How long a cancel request is kept (longer than any turn waits in a queue). */
export const CANCEL_TTL_S = 3600;
/** How often a running turn looks for a cancel request. */
export const CANCEL_POLL_MS = 250;

/** Asks whichever worker answers this inbound message to stop (e.g. the HTTP client that asked went away). */
export async function requestCancel(redis: Redis, messageId: string): Promise<void> {
  await redis.set(KEYS.cancel(messageId), "1", "EX", CANCEL_TTL_S);
}

/** A signal that aborts once any of the messages is cancelled; `stop()` ends the watching. */
export interface CancelWatch {
  signal: AbortSignal;
  stop(): void;
}

/** Watches for cancel requests of a turn's messages; checks at once, then every `pollMs`. */
export async function watchCancel(redis: Redis, messageIds: string[], pollMs = CANCEL_POLL_MS): Promise<CancelWatch> {
  const controller = new AbortController();
  const keys = messageIds.map((id) => KEYS.cancel(id));
  // A turn is cancelled only when every message it answers was cancelled: one waiting asker keeps it alive.
  const check = async () => {
    if (keys.length === 0 || controller.signal.aborted) return;
    const found = await redis.exists(...keys).catch(() => 0);
    if (found === keys.length) controller.abort(new Error("cancelled by the requester"));
  };
  await check();
  const timer = setInterval(() => void check(), pollMs);
  timer.unref();
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}
