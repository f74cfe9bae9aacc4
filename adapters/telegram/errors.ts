import { TelegramError } from "telegraf";
import {
  PlatformAuthError,
  PlatformError,
  PlatformInvalidRequestError,
  PlatformNetworkError,
  PlatformPermissionError,
  PlatformRateLimitError,
} from "../../src/errors.js";

const PLATFORM = "telegram";

/** What Telegram said about a failed call, when it said anything. */
function telegramFailure(error: unknown): { code: number; description: string; retryAfter?: number } | undefined {
  if (!(error instanceof TelegramError)) return undefined;
  return { code: error.code, description: error.description ?? "", retryAfter: error.parameters?.retry_after };
}

/** Maps any error from a Bot API call onto the relay's platform error family. */
export function mapTelegramError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const failure = telegramFailure(error);
  if (!failure) {
    const message = error instanceof Error ? error.message : String(error);
    return new PlatformNetworkError(PLATFORM, `telegram ${method}: ${message}`, { cause: error });
  }
  const what = `telegram ${method} failed (${failure.code}): ${failure.description}`;
  if (failure.code === 429) return new PlatformRateLimitError(PLATFORM, Math.max(1, failure.retryAfter ?? 5) * 1000, { cause: error });
  if (failure.code === 401) return new PlatformAuthError(PLATFORM, `${what}; check TELEGRAM_BOT_TOKEN`, { cause: error });
  if (failure.code === 403) return new PlatformPermissionError(PLATFORM, what, { cause: error });
  if (failure.code >= 400 && failure.code < 500) return new PlatformInvalidRequestError(PLATFORM, what, { cause: error, status: failure.code });
  return new PlatformNetworkError(PLATFORM, what, { cause: error, status: failure.code });
}

/** True when Telegram refused a message's HTML markup (a plain-text resend will go through). */
export function isParseEntitiesError(error: unknown): boolean {
  const failure = telegramFailure(error);
  return failure?.code === 400 && /can't parse entities|unsupported start tag|can't find end/i.test(failure.description);
}

/** True when an edit was refused only because the text is unchanged (the message already shows it). */
export function isNotModifiedError(error: unknown): boolean {
  const failure = telegramFailure(error);
  return failure?.code === 400 && /message is not modified/i.test(failure.description);
}

/** The Bot API error code of a failed call, if Telegram answered. */
export function telegramErrorCode(error: unknown): number | undefined {
  return telegramFailure(error)?.code;
}
