import { randomInt } from "node:crypto";
import type { Redis } from "ioredis";
import type { ChannelName } from "../message.js";
import { KEYS } from "../keys.js";

/** Static access settings from the configuration. Entries are `<channel>:<sender id>` or a bare sender id (any channel). */
export interface AccessConfig {
  denylist: readonly string[];
  /** When non-empty, only these users (and paired users) are served. */
  allowlist: readonly string[];
  /** Unknown users must present an operator-issued pairing code first. */
  pairing: boolean;
}

/** Whether a user is served. */
export type AccessVerdict = { allowed: true } | { allowed: false; reason: "denied" | "not_allowed" | "not_paired" };

/** Deny/allow lists and pairing codes. */
export interface AccessControl {
  check(channel: ChannelName, userId: string): Promise<AccessVerdict>;
  /** Issues a single-use code, valid for `ttlS` seconds, on one channel or (no channel) on any. */
  issuePairingCode(ttlS?: number, channel?: ChannelName): Promise<string>;
  /** Pairs the user if `text` holds a valid unused code; true when it did. */
  redeem(channel: ChannelName, userId: string, text: string): Promise<boolean>;
  deny(entry: string): Promise<void>;
  allow(entry: string): Promise<void>;
  /** Paired users as `<channel>:<sender id>`, sorted. */
  listPaired(): Promise<string[]>;
  /** Unpairs a user (`<channel>:<sender id>`); true when they were paired. */
  revoke(entry: string): Promise<boolean>;
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Builds access control over Redis (run-time list additions and pairings live there). */
export function createAccessControl(options: { redis: Redis; config: AccessConfig }): AccessControl {
  const { redis, config } = options;
  const matches = (list: readonly string[], channel: string, userId: string) => list.includes(`${channel}:${userId}`) || list.includes(userId);
  const inSet = async (key: string, channel: string, userId: string) =>
    (await redis.smismember(key, `${channel}:${userId}`, userId)).some((v) => v === 1);
  return {
    async check(channel, userId) {
      if (matches(config.denylist, channel, userId) || (await inSet(KEYS.safety.denylist, channel, userId))) return { allowed: false, reason: "denied" };
      const allowed = matches(config.allowlist, channel, userId) || (await inSet(KEYS.safety.allowlist, channel, userId));
      if (allowed) return { allowed: true };
      if (config.pairing) {
        return (await redis.sismember(KEYS.safety.paired, `${channel}:${userId}`)) === 1 ? { allowed: true } : { allowed: false, reason: "not_paired" };
      }
      return config.allowlist.length > 0 ? { allowed: false, reason: "not_allowed" } : { allowed: true };
    },
    async issuePairingCode(ttlS = 86_400, channel) {
      const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
      await redis.set(KEYS.safety.pairingCode(channel ? `${channel}:${code}` : code), "1", "EX", ttlS);
      return code;
    },
    async redeem(channel, userId, text) {
      for (const candidate of text.toUpperCase().match(/\b[A-Z0-9]{8}\b/g) ?? []) {
        // GETDEL makes a code single-use even when two users race for it.
        const forChannel = await redis.getdel(KEYS.safety.pairingCode(`${channel}:${candidate}`));
        if (forChannel !== null || (await redis.getdel(KEYS.safety.pairingCode(candidate))) !== null) {
          await redis.sadd(KEYS.safety.paired, `${channel}:${userId}`);
          return true;
        }
      }
      return false;
    },
    async deny(entry) {
      await redis.sadd(KEYS.safety.denylist, entry);
    },
    async allow(entry) {
      await redis.sadd(KEYS.safety.allowlist, entry);
    },
    async listPaired() {
      return (await redis.smembers(KEYS.safety.paired)).sort();
    },
    async revoke(entry) {
      return (await redis.srem(KEYS.safety.paired, entry)) === 1;
    },
  };
}
