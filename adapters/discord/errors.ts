import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import {
  PlatformAuthError,
  PlatformError,
  PlatformInvalidRequestError,
  PlatformNetworkError,
  PlatformPermissionError,
  PlatformRateLimitError,
} from "../../src/errors.js";

const PLATFORM = "discord";

/** JSON error codes that mean "we may not do this here"; retrying never helps. */
export const PERMISSION_CODES: ReadonlySet<number> = new Set([
  50001, // Missing Access
  50007, // Cannot send messages to this user
  50013, // Missing Permissions
]);

/** Gateway close codes that must stop the channel instead of reconnecting, with what the operator should do. */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, "authentication failed: DISCORD_BOT_TOKEN is wrong or was reset"],
  [4010, "invalid shard: check DISCORD_SHARDS"],
  [4011, "sharding required: set DISCORD_SHARDS=auto"],
  [4012, "invalid API version"],
  [4013, "invalid intents"],
  [4014, "disallowed intents: enable the Message Content intent for the bot in the developer portal"],
]);

function describe(err: DiscordAPIError): string {
  return `discord ${err.method.toUpperCase()} ${new URL(err.url).pathname} failed: ${err.status} ${String(err.code)} ${err.message}`;
}

/** Maps anything discord.js (or fetch) threw onto the relay's PlatformError family. */
export function mapDiscordError(err: unknown): PlatformError {
  if (err instanceof PlatformError) return err;
  if (err instanceof RateLimitError) return new PlatformRateLimitError(PLATFORM, Math.max(err.retryAfter, err.timeToReset, 0), { cause: err });
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === "number" ? err.code : Number(err.code);
    if (err.status === 429) return new PlatformRateLimitError(PLATFORM, retryAfterOf(err), { cause: err });
    if (PERMISSION_CODES.has(code)) return new PlatformPermissionError(PLATFORM, describe(err), { cause: err });
    if (err.status === 401) return new PlatformAuthError(PLATFORM, describe(err), { cause: err });
    if (err.status === 403) return new PlatformPermissionError(PLATFORM, describe(err), { cause: err });
    if (err.status >= 400 && err.status < 500) return new PlatformInvalidRequestError(PLATFORM, describe(err), { cause: err, status: err.status });
    return new PlatformNetworkError(PLATFORM, describe(err), { cause: err, status: err.status });
  }
  if (err instanceof HTTPError) {
    return new PlatformNetworkError(PLATFORM, `discord ${err.method.toUpperCase()} ${err.url} failed: ${err.status}`, { cause: err, status: err.status });
  }
  if (isTokenInvalid(err)) return new PlatformAuthError(PLATFORM, "discord rejected the bot token (DISCORD_BOT_TOKEN)", { cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new PlatformNetworkError(PLATFORM, `discord request failed: ${message}`, { cause: err });
}

/** True for discord.js's "TokenInvalid" error (a 401 on GET /gateway/bot during login). */
export function isTokenInvalid(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "TokenInvalid";
}

function retryAfterOf(err: DiscordAPIError): number {
  const raw = err.rawError as { retry_after?: unknown };
  const seconds = typeof raw.retry_after === "number" ? raw.retry_after : 1;
  return Math.ceil(seconds * 1000);
}
