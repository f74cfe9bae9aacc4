import type { Redis } from "ioredis";
import { KEY_PREFIX } from "./keys.js";

const BUCKET_MS = 60_000;
/** Minute buckets older than this are dropped by Redis (bounded size, shared by every process, survives restarts). */
export const STATS_RETENTION_S = 2 * 3600;

const bucketKey = (minute: number) => `${KEY_PREFIX}:stats:${minute}`;
const minuteOf = (ms: number) => Math.floor(ms / BUCKET_MS) * BUCKET_MS;

/** Per-channel time series of one window, oldest minute first. */
export interface StatsSeries {
  minutes: number[];
  channels: Record<string, { in: number[]; out: number[]; turns: number[]; latencyAvgMs: Array<number | null>; firstTokenAvgMs: Array<number | null> }>;
}

/** Live per-minute counters for the dashboard, kept in Redis. */
export interface Stats {
  messageIn(channel: string): Promise<void>;
  delivered(channel: string, parts: number): Promise<void>;
  turn(channel: string, totalMs: number, firstTokenMs: number | undefined): Promise<void>;
  read(minutes: number): Promise<StatsSeries>;
}

/** Builds the stats store. */
export function createStats(redis: Redis, clock: () => number = Date.now): Stats {
  const bump = async (fields: Record<string, number>) => {
    const key = bucketKey(minuteOf(clock()));
    const multi = redis.multi();
    for (const [f, n] of Object.entries(fields)) multi.hincrby(key, f, Math.round(n));
    multi.expire(key, STATS_RETENTION_S);
    await multi.exec();
  };
  return {
    messageIn: (channel) => bump({ [`in:${channel}`]: 1 }),
    delivered: (channel, parts) => bump({ [`out:${channel}`]: parts }),
    turn: (channel, totalMs, firstTokenMs) =>
      bump({
        [`turns:${channel}`]: 1,
        [`lat_sum:${channel}`]: totalMs,
        ...(firstTokenMs === undefined ? {} : { [`ftt_sum:${channel}`]: firstTokenMs, [`ftt_n:${channel}`]: 1 }),
      }),
    async read(minutes) {
      const now = minuteOf(clock());
      const list = Array.from({ length: minutes }, (_, i) => now - (minutes - 1 - i) * BUCKET_MS);
      const multi = redis.multi();
      for (const m of list) multi.hgetall(bucketKey(m));
      const rows = ((await multi.exec()) ?? []).map(([, v]) => (v ?? {}) as Record<string, string>);
      const channels: StatsSeries["channels"] = {};
      const series = (ch: string) =>
        (channels[ch] ??= {
          in: Array(minutes).fill(0),
          out: Array(minutes).fill(0),
          turns: Array(minutes).fill(0),
          latencyAvgMs: Array(minutes).fill(null),
          firstTokenAvgMs: Array(minutes).fill(null),
        });
      rows.forEach((row, i) => {
        for (const [field, raw] of Object.entries(row)) {
          const [kind, ch] = field.split(":") as [string, string];
          const s = series(ch);
          const n = Number(raw);
          if (kind === "in") s.in[i] = n;
          else if (kind === "out") s.out[i] = n;
          else if (kind === "turns") s.turns[i] = n;
        }
        for (const ch of Object.keys(channels)) {
          const s = channels[ch]!;
          const turns = Number(row[`turns:${ch}`] ?? 0);
          if (turns > 0) s.latencyAvgMs[i] = Math.round(Number(row[`lat_sum:${ch}`] ?? 0) / turns);
          const fn = Number(row[`ftt_n:${ch}`] ?? 0);
          if (fn > 0) s.firstTokenAvgMs[i] = Math.round(Number(row[`ftt_sum:${ch}`] ?? 0) / fn);
        }
      });
      return { minutes: list, channels };
    },
  };
}
