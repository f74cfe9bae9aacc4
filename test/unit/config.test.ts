import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ConfigError } from "../../src/errors.js";

describe("config", () => {
  it("has working defaults on an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: "127.0.0.1", port: 3000, dataDir: ".data", redisUrl: undefined, logLevel: "info" });
    expect(c.channels.web.debounceMs).toBe(0);
    expect(c.channels.telegram.debounceMs).toBe(1000);
    expect(c.telegram).toBeUndefined();
    expect(Object.isFrozen(c.model)).toBe(true);
  });

  it("names every bad key in one error", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", REDIS_URL: "not a url", LOG_LEVEL: "loud", DEBOUNCE_MS_TELEGRAM: "-5", TELEGRAM_WEBHOOK_URL: "https://example.test/hook" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const key of ["PORT", "REDIS_URL", "LOG_LEVEL"]) expect(message).toContain(key);
    expect(message).toContain('"eighty"');
  });

  it("reports cross-key problems and never echoes secrets", () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "https://example.test/hook" })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required/);
    expect(() => loadConfig({ DEBOUNCE_MS_WEB: "soon" })).toThrow(/DEBOUNCE_MS_WEB/);
    try {
      loadConfig({ MODEL_TIMEOUT_MS: "x", MODEL_API_KEY: "sk-should-not-appear", TELEGRAM_BOT_TOKEN: "" });
    } catch (e) {
      expect((e as Error).message).not.toContain("sk-should-not-appear");
    }
  });

  it("takes per-channel prompts and debounce", () => {
    const c = loadConfig({ SYSTEM_PROMPT: "base", SYSTEM_PROMPT_DISCORD: "discord prompt", DEBOUNCE_MS_WHATSAPP: "2500" });
    expect(c.channels.discord.systemPrompt).toBe("discord prompt");
    expect(c.channels.web.systemPrompt).toBe("base");
    expect(c.channels.whatsapp.debounceMs).toBe(2500);
  });
});
