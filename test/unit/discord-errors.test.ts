import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { mapDiscordError } from "../../adapters/discord/errors.js";
import {
  PlatformAuthError,
  PlatformInvalidRequestError,
  PlatformNetworkError,
  PlatformPermissionError,
  PlatformRateLimitError,
  isPermanent,
} from "../../src/errors.js";

const url = "http://127.0.0.1:1/api/v10/channels/1/messages";
const apiError = (status: number, code: number, extra: Record<string, unknown> = {}) =>
  new DiscordAPIError({ message: "nope", code, ...extra }, code, status, "POST", url, { body: undefined, files: undefined });

describe("mapDiscordError", () => {
  it("maps permission codes to a permanent PlatformPermissionError", () => {
    for (const code of [50013, 50001, 50007]) {
      const mapped = mapDiscordError(apiError(403, code));
      expect(mapped).toBeInstanceOf(PlatformPermissionError);
      expect(isPermanent(mapped)).toBe(true);
      expect(mapped.message).toContain(String(code));
    }
  });

  it("maps 401, other 4xx, 5xx and network failures", () => {
    expect(mapDiscordError(apiError(401, 0))).toBeInstanceOf(PlatformAuthError);
    expect(mapDiscordError(apiError(400, 50035))).toBeInstanceOf(PlatformInvalidRequestError);
    expect(mapDiscordError(apiError(404, 10003))).toBeInstanceOf(PlatformInvalidRequestError);
    expect(mapDiscordError(new HTTPError(502, "Bad Gateway", "POST", url, { body: undefined, files: undefined }))).toBeInstanceOf(PlatformNetworkError);
    expect(mapDiscordError(new TypeError("fetch failed"))).toBeInstanceOf(PlatformNetworkError);
    expect(mapDiscordError(Object.assign(new Error("An invalid token was provided."), { code: "TokenInvalid" }))).toBeInstanceOf(PlatformAuthError);
  });

  it("maps 429s to PlatformRateLimitError with the retry-after in ms", () => {
    const escaped = new RateLimitError({
      timeToReset: 4000,
      limit: 5,
      method: "POST",
      hash: "h",
      url,
      route: "/channels/:id/messages",
      majorParameter: "1",
      global: false,
      retryAfter: 7050,
      sublimitTimeout: 0,
      scope: "user",
    });
    expect(mapDiscordError(escaped)).toMatchObject({ retryAfterMs: 7050 });
    const raw = mapDiscordError(apiError(429, 0, { retry_after: 1.5 }));
    expect(raw).toBeInstanceOf(PlatformRateLimitError);
    expect((raw as PlatformRateLimitError).retryAfterMs).toBe(1500);
  });
});
