import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { digest, KEYS } from "../src/keys.js";
import { HISTORY_MAX_ENTRIES, HISTORY_TTL_S } from "../src/history.js";
import { luaScript } from "../src/lua.js";

// Every transition of a conversation's state is one Lua script, so the "last message lands as the turn ends" race
// cannot happen: a turn gives up ownership only in the same atomic step that sees the pending list empty.

const ENQUEUE = luaScript(`
local fresh = redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[2]))
if fresh then redis.call('RPUSH', KEYS[2], ARGV[1]) end
local owner = redis.call('GET', KEYS[3])
local created = 0
if not owner then
  if redis.call('LLEN', KEYS[2]) == 0 and redis.call('LLEN', KEYS[4]) == 0 then
    return {fresh and 1 or 0, '', 0}
  end
  owner = ARGV[3]
  redis.call('SET', KEYS[3], owner)
  created = 1
end
return {fresh and 1 or 0, owner, created}
`);

const TAKE = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {-1} end
local infl = redis.call('LRANGE', KEYS[3], 0, -1)
if #infl > 0 then
  table.insert(infl, 1, 1)
  return infl
end
local items = redis.call('LRANGE', KEYS[2], 0, tonumber(ARGV[2]) - 1)
if #items == 0 then
  redis.call('DEL', KEYS[1])
  return {0}
end
redis.call('LTRIM', KEYS[2], #items, -1)
redis.call('RPUSH', KEYS[3], unpack(items))
table.insert(items, 1, 2)
return items
`);

// ARGV[4] = '1': also give up ownership when nothing is pending (what the next TAKE would do), saving that round trip.
const FINISH = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
redis.call('DEL', KEYS[2])
if #ARGV > 4 then
  for i = 5, #ARGV do redis.call('RPUSH', KEYS[3], ARGV[i]) end
  redis.call('LTRIM', KEYS[3], -tonumber(ARGV[2]), -1)
  redis.call('EXPIRE', KEYS[3], tonumber(ARGV[3]))
end
if ARGV[4] == '1' and redis.call('LLEN', KEYS[4]) == 0 then
  redis.call('DEL', KEYS[1])
  return 2
end
return 1
`);

const RELEASE = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
local infl = redis.call('LRANGE', KEYS[2], 0, -1)
if #infl > 0 then
  for _, m in ipairs(infl) do redis.call('LPUSH', KEYS[3], m) end
  redis.call('LTRIM', KEYS[3], 0, 999)
  redis.call('DEL', KEYS[2])
end
return 1
`);

/** Where messages of a turn that failed for good are kept for the operator. */
export const DEAD_LETTER_KEY = "spark:deadletter";
/** Most messages one turn takes at once. */
export const MAX_BATCH = 100;

/** Result of appending a message to its conversation. */
export interface EnqueueResult {
  fresh: boolean;
  /** The turn job that owns the conversation ("" when nothing is pending). */
  owner: string;
  /** True when this call made `owner` (a quiet conversation woke up). */
  created: boolean;
}

/** Result of finishing a turn: still the owner (more is pending), ownership given up (nothing pending), or not the owner. */
export type FinishResult = "owner" | "released" | "not-owner";

/** Result of a turn taking its batch. */
export type TakeResult = { kind: "not-owner" } | { kind: "idle" } | { kind: "batch"; recovered: boolean; items: string[] };

/** The Lua-backed state machine of one conversation: pending list, in-flight batch, owner turn. */
export class ConversationState {
  constructor(private readonly redis: Redis) {}

  /** Makes a fresh turn job id for a conversation (no `:` allowed in BullMQ ids). */
  static newTurnJobId(conversationId: string): string {
    return `t-${digest(conversationId, 16)}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
  }

  /** Appends a message once (by its id), and returns the turn job that must run for the conversation. */
  async enqueue(conversationId: string, messageId: string, payload: string, dedupeTtlS: number): Promise<EnqueueResult> {
    const keys = [KEYS.seen(conversationId, messageId), KEYS.pending(conversationId), KEYS.owner(conversationId), KEYS.inflight(conversationId)];
    const res = (await ENQUEUE.run(this.redis, keys, [payload, dedupeTtlS, ConversationState.newTurnJobId(conversationId)])) as [number, string, number];
    return { fresh: res[0] === 1, owner: res[1], created: res[2] === 1 };
  }

  /** Takes the in-flight batch (after a crash) or moves pending messages in flight; gives up ownership when none are left. */
  async take(conversationId: string, jobId: string): Promise<TakeResult> {
    const keys = [KEYS.owner(conversationId), KEYS.pending(conversationId), KEYS.inflight(conversationId)];
    const res = (await TAKE.run(this.redis, keys, [jobId, MAX_BATCH])) as [number, ...string[]];
    const [code, ...items] = res;
    if (code === -1) return { kind: "not-owner" };
    if (code === 0) return { kind: "idle" };
    return { kind: "batch", recovered: code === 1, items };
  }

  /** Clears the in-flight batch and appends the exchange to history, atomically. False when this job no longer owns the conversation. */
  async finish(conversationId: string, jobId: string, historyEntries: string[]): Promise<boolean> {
    return (await this.runFinish(conversationId, jobId, historyEntries, false)) === 1;
  }

  /** Like `finish`, and gives up ownership in the same step when nothing is pending (`released`: the turn job is done). */
  async finishTurn(conversationId: string, jobId: string, historyEntries: string[]): Promise<FinishResult> {
    const res = await this.runFinish(conversationId, jobId, historyEntries, true);
    return res === 2 ? "released" : res === 1 ? "owner" : "not-owner";
  }

  private async runFinish(conversationId: string, jobId: string, historyEntries: string[], release: boolean): Promise<unknown> {
    const keys = [KEYS.owner(conversationId), KEYS.inflight(conversationId), KEYS.history(conversationId), KEYS.pending(conversationId)];
    return FINISH.run(this.redis, keys, [jobId, HISTORY_MAX_ENTRIES, HISTORY_TTL_S, release ? "1" : "0", ...historyEntries]);
  }

  /** Gives up ownership after a turn failed for good; its in-flight messages go to the dead-letter list. */
  async release(conversationId: string, jobId: string): Promise<boolean> {
    const keys = [KEYS.owner(conversationId), KEYS.inflight(conversationId), DEAD_LETTER_KEY];
    return (await RELEASE.run(this.redis, keys, [jobId])) === 1;
  }

  /** The current owner job id, if any. */
  async owner(conversationId: string): Promise<string | null> {
    return this.redis.get(KEYS.owner(conversationId));
  }
}
