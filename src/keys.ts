import { createHash } from "node:crypto";
import type { ChannelName } from "./message.js";

/** Queue names: the only place they are spelled. */
export const QUEUES = {
  inbound: "inbound",
  turns: "turns",
  subagents: "subagents",
  /** Parent jobs of contemplating flows: they gather the sub-agents' results once every child settled. */
  contemplate: "contemplate",
  outbox: (channel: ChannelName) => `outbox-${channel}`,
} as const;

/** Job names. */
export const JOBS = { inbound: "inbound", turn: "turn", subagent: "subagent", contemplate: "contemplate", send: "send" } as const;

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
  /** The record of a finished turn (channel, cohort, mode, model, timings, feedback). */
  turnRecord: (turnId: string) => `${KEY_PREFIX}:turn:${turnId}`,
  /** Model availability as the workers last saw it (JSON, short TTL). */
  modelStatus: () => `${KEY_PREFIX}:model:status`,
  /** Sequence of reply ids of a web conversation. */
  webReplySeq: (conv: string) => `${KEY_PREFIX}:web:{${conv}}:seq`,
  /** Replies kept for replay to reconnecting web clients. */
  webReplies: (conv: string) => `${KEY_PREFIX}:web:{${conv}}:replies`,
  /** Safety: per-user limits and access (users are `<channel>:<sender id>`). */
  safety: {
    /** Sorted set of request timestamps in the rate-limit window. */
    rate: (user: string) => `${KEY_PREFIX}:safety:rate:{${digest(user)}}`,
    /** Tokens used by a user on one UTC day (`YYYY-MM-DD`). */
    tokens: (user: string, day: string) => `${KEY_PREFIX}:safety:tokens:{${digest(user)}}:${day}`,
    /** Set of users who presented a valid pairing code. */
    paired: `${KEY_PREFIX}:safety:paired`,
    /** One issued, unused pairing code (TTL'd). */
    pairingCode: (code: string) => `${KEY_PREFIX}:safety:pairing:${digest(code)}`,
    /** Run-time additions to the denylist and allowlist. */
    denylist: `${KEY_PREFIX}:safety:denylist`,
    allowlist: `${KEY_PREFIX}:safety:allowlist`,
    /** Marker that a user was already told about a limit or pairing (so the notice comes once per window). */
    notified: (kind: string, user: string) => `${KEY_PREFIX}:safety:notified:${kind}:${digest(user)}`,
  },
  /** Rollout settings: a hash of channel -> JSON (absent field: the channel's defaults). */
  rollout: () => `${KEY_PREFIX}:rollout`,
  /** Pub/sub channel announcing a rollout change (payload: the channel name). */
  rolloutChanged: () => `${KEY_PREFIX}:rollout:changed`,
  /** Marker that a user outside a channel's rollout was already told it is not available yet. */
  rolloutNotified: (channel: ChannelName, userId: string) => `${KEY_PREFIX}:rollout:notified:${channel}:${digest(userId)}`,
  /** Partner API keys: a hash of key id -> JSON record (hash of the key, partner, limits, revocation). */
  partnerKeys: () => `${KEY_PREFIX}:partners:keys`,
  /** Partner key lookup: a hash of sha256(key) -> key id. */
  partnerKeyHashes: () => `${KEY_PREFIX}:partners:hashes`,
  /** Requests of a partner key in one minute window (rate limit). */
  partnerRate: (keyId: string, minute: number) => `${KEY_PREFIX}:partners:rate:${keyId}:${minute}`,
  /** Tokens used by a partner key on one UTC day (quota). */
  partnerTokens: (keyId: string, day: string) => `${KEY_PREFIX}:partners:tokens:${keyId}:${day}`,
  /** A request to cancel the turn answering this inbound message (e.g. the API client went away). */
  cancel: (messageId: string) => `${KEY_PREFIX}:cancel:${digest(messageId)}`,
} as const;

/** A short stable digest; used where ids may be long or contain characters job ids and keys should not. */
export function digest(value: string, length = 32): string {
  return createHash("sha256").update(value).digest("hex").slice(0, length);
}

/** BullMQ job ids may not contain `:`; derive a safe, stable one from any string. */
export function safeJobId(prefix: string, value: string): string {
  return `${prefix}-${digest(value)}`;
}
