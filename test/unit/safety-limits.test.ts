import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAccessControl } from "../../src/safety/access.js";
import { createUserLimiter } from "../../src/safety/limits.js";

let redis: Redis;

beforeAll(() => {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error("TEST_REDIS_URL is not set: run through vitest (test/setup/global.ts starts redis-server)");
  redis = new Redis(url, { maxRetriesPerRequest: null });
});
afterAll(async () => {
  await redis.quit();
});

let user = "";
beforeEach(() => {
  user = `u-${Math.random().toString(36).slice(2)}`;
});

describe("per-user limits (real Redis)", () => {
  it("admits N turns per rolling minute, then says how long to wait; other users are unaffected", async () => {
    let now = 1_000_000;
    const limiter = createUserLimiter({ redis, limits: { default: { perMinute: 3, dailyTokens: 0 } }, now: () => now });
    for (let i = 0; i < 3; i++) expect(await limiter.check("web", user)).toEqual({ allowed: true });
    const denied = await limiter.check("web", user);
    expect(denied).toMatchObject({ allowed: false, reason: "rate" });
    if (!denied.allowed && denied.reason === "rate") expect(denied.retryAfterMs).toBe(60_000);
    expect(await limiter.check("web", `${user}-other`)).toEqual({ allowed: true });
    now += 30_000;
    expect((await limiter.check("web", user)).allowed).toBe(false);
    now += 30_001;
    expect(await limiter.check("web", user)).toEqual({ allowed: true });
  });

  it("is configurable per channel", async () => {
    const limiter = createUserLimiter({ redis, limits: { default: { perMinute: 1, dailyTokens: 0 }, channels: { telegram: { perMinute: 5 } } } });
    for (let i = 0; i < 5; i++) expect((await limiter.check("telegram", user)).allowed).toBe(true);
    expect((await limiter.check("telegram", user)).allowed).toBe(false);
    expect((await limiter.check("discord", user)).allowed).toBe(true);
    expect((await limiter.check("discord", user)).allowed).toBe(false);
  });

  it("holds a daily token quota that resets at UTC midnight", async () => {
    let now = Date.UTC(2030, 0, 1, 23, 0);
    const limiter = createUserLimiter({ redis, limits: { default: { perMinute: 0, dailyTokens: 1000 } }, now: () => now });
    expect((await limiter.check("web", user)).allowed).toBe(true);
    await limiter.addTokens("web", user, 600);
    expect((await limiter.check("web", user)).allowed).toBe(true);
    expect(await limiter.addTokens("web", user, 450)).toBe(1050);
    expect(await limiter.check("web", user)).toEqual({ allowed: false, reason: "quota", resetAt: Date.UTC(2030, 0, 2) });
    now = Date.UTC(2030, 0, 2, 0, 1);
    expect(await limiter.tokensUsed("web", user)).toBe(0);
    expect((await limiter.check("web", user)).allowed).toBe(true);
  });
});

describe("access control (real Redis)", () => {
  it("denylist wins; an allowlist admits only its users", async () => {
    const access = createAccessControl({ redis, config: { denylist: [`telegram:${user}`], allowlist: [`${user}-vip`], pairing: false } });
    expect(await access.check("telegram", user)).toEqual({ allowed: false, reason: "denied" });
    expect(await access.check("web", `${user}-vip`)).toEqual({ allowed: true });
    expect(await access.check("web", `${user}-nobody`)).toEqual({ allowed: false, reason: "not_allowed" });
    await access.allow(`web:${user}-nobody`);
    expect(await access.check("web", `${user}-nobody`)).toEqual({ allowed: true });
    await access.deny(`${user}-vip`);
    expect(await access.check("web", `${user}-vip`)).toEqual({ allowed: false, reason: "denied" });
  });

  it("serves everyone when no allowlist and no pairing are set", async () => {
    const access = createAccessControl({ redis, config: { denylist: [], allowlist: [], pairing: false } });
    expect(await access.check("discord", user)).toEqual({ allowed: true });
  });

  it("pairing: an unknown user is served only after presenting a valid, single-use code", async () => {
    const access = createAccessControl({ redis, config: { denylist: [], allowlist: [], pairing: true } });
    expect(await access.check("whatsapp", user)).toEqual({ allowed: false, reason: "not_paired" });
    expect(await access.redeem("whatsapp", user, "hello ABCDEFGH")).toBe(false);
    const code = await access.issuePairingCode(60);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await access.redeem("whatsapp", user, `my code is ${code.toLowerCase()}`)).toBe(true);
    expect(await access.check("whatsapp", user)).toEqual({ allowed: true });
    expect(await access.check("telegram", user)).toEqual({ allowed: false, reason: "not_paired" });
    expect(await access.redeem("whatsapp", `${user}-2`, code)).toBe(false);
  });
});
