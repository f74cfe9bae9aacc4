import type { Redis } from "ioredis";
import { KEY_PREFIX, KEYS } from "./keys.js";
import type { ChannelName } from "./message.js";

/** A user's verdict on an answer. */
export type FeedbackValue = "up" | "down";

const LINK_TTL_S = 7 * 86400;
const linkKey = (channel: string, chatId: string, platformMessageId: string) => `${KEY_PREFIX}:msgturn:${channel}:${chatId}:${platformMessageId}`;
const voteKey = (turnId: string, userId: string) => `${KEY_PREFIX}:vote:${turnId}:${userId}`;
/** Feedback counts by `channel|cohort|model|value`. */
export const FEEDBACK_SUMMARY_KEY = `${KEY_PREFIX}:feedback:summary`;
const turnKey = (turnId: string) => KEYS.turnRecord(turnId);

const UP = new Set(["👍", "❤", "❤️", "🔥", "👏", "😍", "🙏", "🎉", "💯", "🥰", "😁", "⭐", "👌", "+1", "thumbsup"]);
const DOWN = new Set(["👎", "😡", "💩", "🤮", "😢", "🤬", "-1", "thumbsdown"]);

/** Maps a reaction emoji to feedback; other reactions are not feedback. */
export function reactionValue(emoji: string): FeedbackValue | undefined {
  const e = emoji.replace(/[\u{1F3FB}-\u{1F3FF}]/gu, "").trim();
  if (UP.has(e)) return "up";
  if (DOWN.has(e)) return "down";
  return undefined;
}

/** What a recorded vote was counted against. */
export interface FeedbackRecord {
  turnId: string;
  channel: string;
  cohort: string;
  model: string;
  value: FeedbackValue;
  /** False when the same user had already given the same vote. */
  changed: boolean;
}

/** Links answers to their turns and records votes on them. */
export interface FeedbackStore {
  /** Remembers which turn a delivered platform message belongs to. */
  link(channel: ChannelName, chatId: string, platformMessageId: string, turnId: string): Promise<void>;
  /** The turn a platform message belongs to. */
  turnOf(channel: ChannelName, chatId: string, platformMessageId: string): Promise<string | undefined>;
  /** Records one user's vote on a turn (a changed vote moves the count). Undefined when the turn is unknown. */
  record(vote: { turnId: string; userId: string; value: FeedbackValue }): Promise<FeedbackRecord | undefined>;
  /** Counts by channel, cohort, model and value. */
  summary(): Promise<Array<{ channel: string; cohort: string; model: string; up: number; down: number }>>;
}

/** Builds the feedback store on Redis. */
export function createFeedbackStore(redis: Redis, onRecorded?: (record: FeedbackRecord) => void): FeedbackStore {
  return {
    async link(channel, chatId, platformMessageId, turnId) {
      await redis.set(linkKey(channel, chatId, platformMessageId), turnId, "EX", LINK_TTL_S);
    },
    async turnOf(channel, chatId, platformMessageId) {
      return (await redis.get(linkKey(channel, chatId, platformMessageId))) ?? undefined;
    },
    async record({ turnId, userId, value }) {
      const turn = await redis.hgetall(turnKey(turnId));
      if (!turn.channel) return undefined;
      const cohort = turn.cohort || "default";
      const model = turn.model || "unknown";
      const previous = await redis.getset(voteKey(turnId, userId), value);
      await redis.expire(voteKey(turnId, userId), LINK_TTL_S);
      const field = (v: string) => `${turn.channel}|${cohort}|${model}|${v}`;
      const changed = previous !== value;
      if (changed) {
        const multi = redis.multi().hincrby(FEEDBACK_SUMMARY_KEY, field(value), 1).hincrby(turnKey(turnId), `feedback_${value}`, 1);
        if (previous === "up" || previous === "down") multi.hincrby(FEEDBACK_SUMMARY_KEY, field(previous), -1).hincrby(turnKey(turnId), `feedback_${previous}`, -1);
        await multi.exec();
      }
      const record: FeedbackRecord = { turnId, channel: turn.channel, cohort, model, value, changed };
      if (changed) onRecorded?.(record);
      return record;
    },
    async summary() {
      const all = await redis.hgetall(FEEDBACK_SUMMARY_KEY);
      const rows = new Map<string, { channel: string; cohort: string; model: string; up: number; down: number }>();
      for (const [field, n] of Object.entries(all)) {
        const [channel = "", cohort = "", model = "", value] = field.split("|");
        const key = `${channel}|${cohort}|${model}`;
        const row = rows.get(key) ?? { channel, cohort, model, up: 0, down: 0 };
        if (value === "up") row.up = Number(n);
        if (value === "down") row.down = Number(n);
        rows.set(key, row);
      }
      return [...rows.values()];
    },
  };
}
