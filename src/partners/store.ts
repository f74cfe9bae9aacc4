import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { KEYS } from "../keys.js";

/** Requests a minute a key may make unless created with another limit. */
export const DEFAULT_REQUESTS_PER_MINUTE = 60;
/** Tokens (prompt + completion) a key may use per UTC day unless created with another quota. */
export const DEFAULT_DAILY_TOKENS = 1_000_000;
/** Every partner key starts with this, so leaked keys are recognisable by secret scanners. */
export const PARTNER_KEY_PREFIX = "sk-spark-";

/** A partner key as stored: never the key itself, only its sha256. */
export const PartnerKeyRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{8,32}$/),
  partner: z.string().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.number().int(),
  revokedAt: z.number().int().optional(),
  requestsPerMinute: z.number().int().positive(),
  dailyTokens: z.number().int().positive(),
});
/** A stored partner key. */
export type PartnerKeyRecord = z.infer<typeof PartnerKeyRecordSchema>;
/** A stored key without its hash, as listed to operators. */
export type PartnerKeyInfo = Omit<PartnerKeyRecord, "hash">;

/** Limits chosen when a key is created. */
export interface PartnerKeyLimits {
  requestsPerMinute?: number;
  dailyTokens?: number;
}

/** Issues, lists, revokes and verifies partner API keys in Redis. */
export interface PartnerKeyStore {
  /** Creates a key; the returned `key` is the only time the secret exists outside the caller's hands. */
  create(partner: string, limits?: PartnerKeyLimits): Promise<{ key: string; record: PartnerKeyInfo }>;
  list(): Promise<PartnerKeyInfo[]>;
  /** Revokes a key; false when there is no such key. */
  revoke(id: string): Promise<boolean>;
  /** The live (not revoked) key record a presented secret belongs to. */
  verify(secret: string): Promise<PartnerKeyRecord | undefined>;
}

/** sha256 of a key, hex. */
export function hashKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Builds the Redis-backed key store. */
export function createPartnerKeyStore(redis: Redis, clock: () => number = Date.now): PartnerKeyStore {
  const read = async (id: string) => {
    const raw = await redis.hget(KEYS.partnerKeys(), id);
    const parsed = raw ? PartnerKeyRecordSchema.safeParse(JSON.parse(raw)) : undefined;
    return parsed?.success ? parsed.data : undefined;
  };
  return {
    async create(partner, limits = {}) {
      const name = partner.trim();
      if (!name) throw new Error("a partner name is required");
      const id = randomBytes(6).toString("hex");
      const key = `${PARTNER_KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
      const record: PartnerKeyRecord = PartnerKeyRecordSchema.parse({
        id,
        partner: name,
        hash: hashKey(key),
        createdAt: clock(),
        requestsPerMinute: limits.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
        dailyTokens: limits.dailyTokens ?? DEFAULT_DAILY_TOKENS,
      });
      await redis.multi().hset(KEYS.partnerKeys(), id, JSON.stringify(record)).hset(KEYS.partnerKeyHashes(), record.hash, id).exec();
      return { key, record: withoutHash(record) };
    },
    async list() {
      const all = await redis.hvals(KEYS.partnerKeys());
      return all
        .map((raw) => PartnerKeyRecordSchema.safeParse(JSON.parse(raw)))
        .flatMap((p) => (p.success ? [withoutHash(p.data)] : []))
        .sort((a, b) => a.createdAt - b.createdAt);
    },
    async revoke(id) {
      const record = await read(id);
      if (!record) return false;
      if (record.revokedAt === undefined) {
        await redis.multi().hset(KEYS.partnerKeys(), id, JSON.stringify({ ...record, revokedAt: clock() })).hdel(KEYS.partnerKeyHashes(), record.hash).exec();
      }
      return true;
    },
    async verify(secret) {
      if (!secret.startsWith(PARTNER_KEY_PREFIX) || secret.length > 200) return undefined;
      const hash = hashKey(secret);
      const id = await redis.hget(KEYS.partnerKeyHashes(), hash);
      if (!id) return undefined;
      const record = await read(id);
      // The lookup was by hash; compare again in constant time so a corrupted index can never admit the wrong key.
      if (!record || record.revokedAt !== undefined || !timingSafeEqual(Buffer.from(record.hash), Buffer.from(hash))) return undefined;
      return record;
    },
  };
}

function withoutHash(record: PartnerKeyRecord): PartnerKeyInfo {
  const { hash: _hash, ...info } = record;
  return info;
}
