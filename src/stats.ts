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
  /** Writes the counters gathered so far (also done on a timer; call before shutdown). */
  flush(): Promise<void>;
}

/** Counters are summed in memory and written at most this often: one pipeline instead of a MULTI per message. */
export const STATS_FLUSH_MS = 500;

/** Builds the stats store. Each bump resolves once the batch holding it is written. */
export function createStats(redis: Redis, clock: () => number = Date.now, flushMs = STATS_FLUSH_MS): Stats {
  let pending = new Map<string, Map<string, number>>();
  let timer: NodeJS.Timeout | undefined;
  let batchWritten: { promise: Promise<void>; resolve(): void; reject(error: unknown): void } | undefined;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    const waiters = batchWritten;
    pending = new Map();
    batchWritten = undefined;
    try {
      if (batch.size > 0) {
        const multi = redis.multi();
        for (const [key, fields] of batch) {
          for (const [f, n] of fields) multi.hincrby(key, f, Math.round(n));
          multi.expire(key, STATS_RETENTION_S);
        }
        await multi.exec();
      }
      waiters?.resolve();
    } catch (error) {
      waiters?.reject(error);
      throw error;
    }
  };
  const bump = (fields: Record<string, number>): Promise<void> => {
    const key = bucketKey(minuteOf(clock()));
    let bucket = pending.get(key);
    if (!bucket) pending.set(key, (bucket = new Map()));
    for (const f in fields) bucket.set(f, (bucket.get(f) ?? 0) + fields[f]!);
    if (!batchWritten) {
      let resolve: () => void = () => {};
      let reject: (error: unknown) => void = () => {};
      const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      batchWritten = { promise, resolve, reject };
      timer = setTimeout(() => void flush().catch(() => undefined), flushMs);
      timer.unref();
    }
    return batchWritten.promise;
  };
  return {
    flush,
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
