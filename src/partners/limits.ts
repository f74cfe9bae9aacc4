import type { Redis } from "ioredis";
import { KEYS } from "../keys.js";
import type { PartnerKeyRecord } from "./store.js";

/** Why a request may not run now, and when to try again. */
export interface LimitDenial {
  reason: "rate_limit" | "daily_quota";
  retryAfterS: number;
  message: string;
}

/** The UTC day (YYYY-MM-DD) of an instant. */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Seconds until the next UTC midnight (at least 1). */
export function secondsToUtcMidnight(at: number): number {
  const next = new Date(at);
  next.setUTCHours(24, 0, 0, 0);
  return Math.max(1, Math.ceil((next.getTime() - at) / 1000));
}

/** Checks the daily token quota, then counts this request against the per-minute rate limit (fixed one-minute windows). */
export async function admitRequest(redis: Redis, key: PartnerKeyRecord, now: number): Promise<LimitDenial | undefined> {
  const used = Number((await redis.get(KEYS.partnerTokens(key.id, utcDay(now)))) ?? 0);
  if (used >= key.dailyTokens) {
    return { reason: "daily_quota", retryAfterS: secondsToUtcMidnight(now), message: `daily token quota of ${key.dailyTokens} tokens used up; it resets at 00:00 UTC` };
  }
  const minute = Math.floor(now / 60_000);
  const rateKey = KEYS.partnerRate(key.id, minute);
  const [[, count] = [null, 0]] = (await redis.multi().incr(rateKey).expire(rateKey, 120).exec()) ?? [];
  if (Number(count) > key.requestsPerMinute) {
    const retryAfterS = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
    return { reason: "rate_limit", retryAfterS, message: `rate limit of ${key.requestsPerMinute} requests per minute reached` };
  }
  return undefined;
}

/** Adds a finished request's tokens to the key's daily usage. */
export async function recordTokens(redis: Redis, keyId: string, tokens: number, now: number): Promise<void> {
  if (tokens <= 0) return;
  const key = KEYS.partnerTokens(keyId, utcDay(now));
  await redis.multi().incrby(key, Math.round(tokens)).expire(key, 3 * 86400).exec();
}

/** Tokens a key used on the UTC day of `now`. */
export async function tokensUsed(redis: Redis, keyId: string, now: number): Promise<number> {
  return Number((await redis.get(KEYS.partnerTokens(keyId, utcDay(now)))) ?? 0);
}
