import type { Redis } from "ioredis";
import type { ChannelName } from "../message.js";
import { KEYS } from "../keys.js";
import { luaScript } from "../lua.js";

/** Limits for one channel; 0 means unlimited. */
export interface UserLimits {
  /** Turns a user may start per rolling minute. */
  perMinute: number;
  /** Model tokens a user may use per UTC day. */
  dailyTokens: number;
}

/** Limits by channel with a default. */
export interface LimitsConfig {
  default: UserLimits;
  channels?: Partial<Record<ChannelName, Partial<UserLimits>>>;
}

/** Why a turn was not allowed. */
export type LimitVerdict = { allowed: true } | { allowed: false; reason: "rate"; retryAfterMs: number } | { allowed: false; reason: "quota"; resetAt: number };

/** Per-user rate limit (sliding window) and daily token quota, in Redis. */
export interface UserLimiter {
  /** Counts one turn for the user if allowed; a denied turn is not counted. */
  check(channel: ChannelName, userId: string): Promise<LimitVerdict>;
  /** Adds the tokens a finished turn used. */
  addTokens(channel: ChannelName, userId: string, tokens: number): Promise<number>;
  /** Tokens used today. */
  tokensUsed(channel: ChannelName, userId: string): Promise<number>;
}

// Sliding-window log: drop entries older than the window, count, admit and record atomically.
const SLIDING_WINDOW = `
local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, (tonumber(oldest[2]) or now) + window - now}
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return {1, 0}
`;
const SLIDING_WINDOW_SCRIPT = luaScript(SLIDING_WINDOW);

const MINUTE_MS = 60_000;

/** Builds the limiter; `now` is injectable for tests. */
export function createUserLimiter(options: { redis: Redis; limits: LimitsConfig; now?: () => number }): UserLimiter {
  const now = options.now ?? Date.now;
  const limitsFor = (channel: ChannelName): UserLimits => ({ ...options.limits.default, ...options.limits.channels?.[channel] });
  const user = (channel: ChannelName, userId: string) => `${channel}:${userId}`;
  let seq = 0;
  return {
    async check(channel, userId) {
      const limits = limitsFor(channel);
      const id = user(channel, userId);
      const t = now();
      if (limits.dailyTokens > 0) {
        const used = Number((await options.redis.get(KEYS.safety.tokens(id, utcDay(t)))) ?? 0);
        if (used >= limits.dailyTokens) return { allowed: false, reason: "quota", resetAt: nextUtcMidnight(t) };
      }
      if (limits.perMinute > 0) {
        const member = `${t}-${process.pid}-${seq++}-${Math.random().toString(36).slice(2, 8)}`;
        const [ok, wait] = (await SLIDING_WINDOW_SCRIPT.run(options.redis, [KEYS.safety.rate(id)], [t, MINUTE_MS, limits.perMinute, member])) as [number, number];
        if (ok !== 1) return { allowed: false, reason: "rate", retryAfterMs: Math.max(1, wait) };
      }
      return { allowed: true };
    },
    async addTokens(channel, userId, tokens) {
      const key = KEYS.safety.tokens(user(channel, userId), utcDay(now()));
      const total = await options.redis.incrby(key, Math.max(0, Math.round(tokens)));
      await options.redis.expire(key, 2 * 86_400);
      return total;
    },
    async tokensUsed(channel, userId) {
      return Number((await options.redis.get(KEYS.safety.tokens(user(channel, userId), utcDay(now())))) ?? 0);
    },
  };
}

function utcDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function nextUtcMidnight(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}
