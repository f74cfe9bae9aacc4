import type { Redis } from "ioredis";
import { z } from "zod";
import { KEYS } from "./keys.js";
import { estimateTokens, type ChatMessage } from "./model/types.js";

/** One stored exchange line of a conversation. */
export const HistoryEntrySchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  at: z.number(),
  turnId: z.string(),
});
/** One stored history entry. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Most entries kept per conversation whatever their size; the token budget trims further when the prompt is built. */
export const HISTORY_MAX_ENTRIES = 200;
/** Idle conversations are forgotten after this long. */
export const HISTORY_TTL_S = 30 * 86400;

/** Reads a conversation's history, skipping entries that do not parse. */
export async function readHistory(redis: Redis, conversationId: string): Promise<HistoryEntry[]> {
  const raw = await redis.lrange(KEYS.history(conversationId), 0, -1);
  const out: HistoryEntry[] = [];
  for (const line of raw) {
    const parsed = HistoryEntrySchema.safeParse(safeJson(line));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Clears a conversation's history (`/reset`). */
export async function clearHistory(redis: Redis, conversationId: string): Promise<void> {
  await redis.del(KEYS.history(conversationId));
}

/** The newest history that fits in `budget` tokens, oldest first, never starting with an assistant line. */
export function trimToBudget(entries: HistoryEntry[], budget: number): ChatMessage[] {
  const picked: ChatMessage[] = [];
  let used = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    const cost = estimateTokens(e.content) + 4;
    if (used + cost > budget) break;
    used += cost;
    picked.unshift({ role: e.role, content: e.content });
  }
  while (picked[0]?.role === "assistant") picked.shift();
  return picked;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
