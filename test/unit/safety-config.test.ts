import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("safety config", () => {
  it("has defaults: rules only, 20 turns a minute, 200k tokens a day, no lists, no pairing", () => {
    expect(loadConfig({}).safety).toEqual({
      moderationModel: undefined,
      moderationTimeoutMs: 5000,
      country: undefined,
      limits: { default: { perMinute: 20, dailyTokens: 200_000 }, channels: {} },
      denylist: [],
      allowlist: [],
      pairing: false,
    });
  });

  it("reads per-channel limits, lists and pairing, and names bad keys", () => {
    const c = loadConfig({
      SAFETY_MODERATION_MODEL: "llama-guard-3-8b",
      SAFETY_COUNTRY: "br",
      RATE_LIMIT_PER_MIN_TELEGRAM: "5",
      DAILY_TOKEN_QUOTA_API: "0",
      DENYLIST: "telegram:42, 77",
      ALLOWLIST: "web:alice",
      ACCESS_PAIRING: "true",
    });
    expect(c.safety).toMatchObject({ moderationModel: "llama-guard-3-8b", country: "BR", denylist: ["telegram:42", "77"], allowlist: ["web:alice"], pairing: true });
    expect(c.safety.limits.channels).toEqual({ telegram: { perMinute: 5 }, api: { dailyTokens: 0 } });
    expect(() => loadConfig({ RATE_LIMIT_PER_MIN_DISCORD: "lots" })).toThrow(/RATE_LIMIT_PER_MIN_DISCORD/);
    expect(() => loadConfig({ SAFETY_COUNTRY: "Brazil" })).toThrow(/SAFETY_COUNTRY/);
  });
});
