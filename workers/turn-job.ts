import type { Redis } from "ioredis";
import { z } from "zod";
import { luaScript } from "../src/lua.js";
import { KEY_PREFIX, KEYS } from "../src/keys.js";
import { ChannelNameSchema } from "../src/message.js";

/** Payload of a `turns` job: which conversation to drain. */
export const TurnJobSchema = z.object({ conversationId: z.string().min(1), channel: ChannelNameSchema });
/** Payload of a `turns` job. */
export type TurnJob = z.infer<typeof TurnJobSchema>;

/** Options of turn jobs: a few attempts; completed jobs removed at once (their id is never reused). */
export const TURN_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 86400, count: 5000 },
} as const;

/** Where a turn's produced answer is kept briefly, so a turn re-run after a crash sends the same answer instead of asking the model again. */
export function turnResultKey(turnId: string): string {
  return `${KEY_PREFIX}:turnresult:${turnId}`;
}

/** The record of a finished turn (channel, mode, model, timings), for feedback and the dashboard. */
export function turnRecordKey(turnId: string): string {
  return KEYS.turnRecord(turnId);
}

/** How long turn records are kept. */
export const TURN_RECORD_TTL_S = 7 * 86400;

const SAVE_RECORD = luaScript(`
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
return 1
`);

/** Writes a turn's record and its expiry in one command (one round trip instead of MULTI, HSET, EXPIRE, EXEC). */
export async function saveTurnRecord(redis: Redis, turnId: string, fields: Record<string, string>): Promise<void> {
  const args: string[] = [String(TURN_RECORD_TTL_S)];
  for (const [k, v] of Object.entries(fields)) args.push(k, v);
  await SAVE_RECORD.run(redis, [turnRecordKey(turnId)], args);
}
