import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { KEYS } from "../keys.js";
import type { ChannelName } from "../message.js";
import { assign } from "./assign.js";
import { createRolloutStore, type RolloutTable } from "./store.js";
import { defaultRollout, type Assignment, type ChannelRollout } from "./types.js";

/** How often every process re-reads the rollout even without a change announcement. */
export const ROLLOUT_POLL_MS = 1000;

/** A process's live copy of the rollout: read synchronously, refreshed on every change announcement and every second. */
export interface RolloutCache {
  get(channel: ChannelName): ChannelRollout;
  /** The user's assignment in that channel under the current rollout. */
  assign(channel: ChannelName, userId: string): Assignment;
  /** Re-reads Redis now. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** Options of the rollout cache. */
export interface RolloutCacheOptions {
  redis: Redis;
  /** A connection in subscriber mode (it may be shared with other subscriptions). */
  subscriber: Redis;
  logger: Logger;
  pollMs?: number;
}

/** Starts the cache: first read done before it resolves, so the first message already sees the stored rollout. */
export async function startRolloutCache(options: RolloutCacheOptions): Promise<RolloutCache> {
  const { redis, subscriber, logger } = options;
  const store = createRolloutStore(redis, (channel, err) => logger.error({ err, channel }, "stored rollout is invalid; using defaults"));
  let table: RolloutTable | undefined;
  let closed = false;
  const refresh = async () => {
    try {
      table = await store.readAll();
    } catch (err) {
      // Keep the last known rollout when Redis hiccups; the next poll tries again.
      logger.warn({ err }, "could not refresh the rollout");
    }
  };
  await refresh();
  const topic = KEYS.rolloutChanged();
  const onMessage = (channel: string) => {
    if (channel === topic && !closed) void refresh();
  };
  subscriber.on("message", onMessage);
  await subscriber.subscribe(topic);
  const timer = setInterval(() => void refresh(), options.pollMs ?? ROLLOUT_POLL_MS);
  timer.unref();
  const get = (channel: ChannelName) => table?.[channel] ?? defaultRollout();
  return {
    get,
    assign: (channel, userId) => assign(get(channel), channel, userId),
    refresh,
    async close() {
      closed = true;
      clearInterval(timer);
      subscriber.off("message", onMessage);
      await subscriber.unsubscribe(topic).catch(() => undefined);
    },
  };
}
