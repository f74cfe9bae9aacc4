import { createHash } from "node:crypto";
import type { ChannelName } from "./message.js";

/** Queue names: the only place they are spelled. */
export const QUEUES = {
  inbound: "inbound",
  turns: "turns",
  subagents: "subagents",
  outbox: (channel: ChannelName) => `outbox-${channel}`,
} as const;

/** Job names. */
export const JOBS = { inbound: "inbound", turn: "turn", subagent: "subagent", send: "send" } as const;

/** Every Redis key the relay writes outside BullMQ lives under this prefix. */
export const KEY_PREFIX = "spark";

/** Redis keys, one function each. */
export const KEYS = {
  /** Set of inbound message ids already accepted (dedupe; TTL'd). */
  seen: (conv: string, messageId: string) => `${KEY_PREFIX}:conv:{${conv}}:seen:${digest(messageId)}`,
  /** Pending messages of a conversation, not yet taken by a turn. */
  pending: (conv: string) => `${KEY_PREFIX}:conv:{${conv}}:pending`,
  /** Messages taken by the running turn (kept until the turn's reply is queued, for crash recovery). */
  inflight: (conv: string) => `${KEY_PREFIX}:conv:{${conv}}:inflight`,
  /** The id of the one turn job that owns the conversation now. */
  owner: (conv: string) => `${KEY_PREFIX}:conv:{${conv}}:owner`,
  /** Conversation history (JSON entries). */
  history: (conv: string) => `${KEY_PREFIX}:conv:{${conv}}:history`,
  /** Per-conversation settings (mode...). */
  settings: (conv: string) => `${KEY_PREFIX}:conv:{${conv}}:settings`,
  /** Marker that an outbound part was delivered. */
  sent: (key: string) => `${KEY_PREFIX}:sent:${digest(key)}`,
  /** Pub/sub channel for live turn events of one channel (deltas, typing, progress). */
  events: (channel: ChannelName) => `${KEY_PREFIX}:events:${channel}`,
  /** Model availability as the workers last saw it (JSON, short TTL). */
  modelStatus: () => `${KEY_PREFIX}:model:status`,
  /** Sequence of reply ids of a web conversation. */
  webReplySeq: (conv: string) => `${KEY_PREFIX}:web:{${conv}}:seq`,
  /** Replies kept for replay to reconnecting web clients. */
  webReplies: (conv: string) => `${KEY_PREFIX}:web:{${conv}}:replies`,
} as const;

/** A short stable digest; used where ids may be long or contain characters job ids and keys should not. */
export function digest(value: string, length = 32): string {
  return createHash("sha256").update(value).digest("hex").slice(0, length);
}

/** BullMQ job ids may not contain `:`; derive a safe, stable one from any string. */
export function safeJobId(prefix: string, value: string): string {
  return `${prefix}-${digest(value)}`;
}
