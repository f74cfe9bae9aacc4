import type { Redis } from "ioredis";
import { KEYS } from "../keys.js";
import { CHANNEL_NAMES, ChannelNameSchema, type ChannelName } from "../message.js";
import { ChannelRolloutSchema, defaultRollout, type ChannelRollout } from "./types.js";

// Compare-and-set of one channel's JSON, then announce the change: safe on a connection other commands share.
const CAS_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if (current or '') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('PUBLISH', KEYS[2], ARGV[1])
return 1
`;

/** Every channel's rollout, defaults filled in. */
export type RolloutTable = Record<ChannelName, ChannelRollout>;

/** Reads and changes the rollout stored in Redis. */
export interface RolloutStore {
  /** Every channel's rollout as stored now (defaults for channels never changed; unreadable entries fall back to defaults). */
  readAll(): Promise<RolloutTable>;
  /** Applies `change` to one channel's rollout atomically and announces it; returns the new rollout. */
  update(channel: ChannelName, change: (current: ChannelRollout) => ChannelRollout): Promise<ChannelRollout>;
}

/** Parses the stored hash into a full table; `onInvalid` hears about entries that do not validate. */
export function parseRolloutHash(raw: Record<string, string>, onInvalid?: (channel: string, error: unknown) => void): RolloutTable {
  const table = {} as RolloutTable;
  for (const channel of CHANNEL_NAMES) {
    const json = raw[channel];
    table[channel] = defaultRollout();
    if (json === undefined) continue;
    try {
      table[channel] = ChannelRolloutSchema.parse(JSON.parse(json));
    } catch (error) {
      onInvalid?.(channel, error);
    }
  }
  return table;
}

/** Builds the Redis-backed rollout store. */
export function createRolloutStore(redis: Redis, onInvalid?: (channel: string, error: unknown) => void): RolloutStore {
  return {
    async readAll() {
      return parseRolloutHash(await redis.hgetall(KEYS.rollout()), onInvalid);
    },
    async update(channel, change) {
      ChannelNameSchema.parse(channel);
      for (let attempt = 0; attempt < 20; attempt++) {
        const before = (await redis.hget(KEYS.rollout(), channel)) ?? "";
        const current = before ? ChannelRolloutSchema.safeParse(safeJson(before)) : undefined;
        const next = ChannelRolloutSchema.parse(change(current?.success ? current.data : defaultRollout()));
        const done = await redis.eval(CAS_SCRIPT, 2, KEYS.rollout(), KEYS.rolloutChanged(), channel, before, JSON.stringify(next));
        if (done === 1) return next;
      }
      throw new Error(`rollout of ${channel} kept changing under us; try again`);
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
