import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("discord configuration", () => {
  const token = "123456:TEST-token-not-real";
  it("reads defaults, shard settings and limits", () => {
    expect(loadConfig({ DISCORD_BOT_TOKEN: token }).discord).toEqual({
      token,
      apiBase: "https://discord.com/api",
      guildId: undefined,
      shards: undefined,
      streamIntervalMs: 1500,
      maxFileBytes: 8 * 1024 * 1024,
    });
    expect(loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    expect(loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARDS: "4", DISCORD_MAX_FILE_MB: "2" }).discord).toMatchObject({ shards: 4, maxFileBytes: 2 * 1024 * 1024 });
    expect(loadConfig({}).discord).toBeUndefined();
  });

  it("names a bad shard setting", () => {
    expect(() => loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARDS: "many" })).toThrow(/DISCORD_SHARDS/);
    expect(() => loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_STREAM_INTERVAL_MS: "100" })).toThrow(/DISCORD_STREAM_INTERVAL_MS/);
  });
});
