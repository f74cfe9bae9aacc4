import {
  PlatformError,
  PlatformInvalidRequestError,
  PlatformNetworkError,
  PlatformPermissionError,
} from "../../src/errors.js";

/** The platform name carried by every WhatsApp error. */
export const PLATFORM = "whatsapp";

const NETWORK = [/target closed/i, /session closed/i, /protocol error/i, /execution context was destroyed/i, /timeout/i, /navigation/i, /not connected/i, /browser has disconnected/i, /ECONN/];
const PERMISSION = [/not-authorized/i, /forbidden/i, /blocked/i, /not a participant/i, /announce/i];
const INVALID = [/invalid wid/i, /wid error/i, /invalid (chat|message|serialized)/i, /chat not found/i, /could not get the quoted message/i];

/** The one mapper from whatsapp-web.js / puppeteer failures to the relay's PlatformError family. */
export function mapWhatsAppError(error: unknown, action: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = `${action} failed: ${text.slice(0, 300)}`;
  if (PERMISSION.some((p) => p.test(text))) return new PlatformPermissionError(PLATFORM, message, { cause: error });
  if (INVALID.some((p) => p.test(text))) return new PlatformInvalidRequestError(PLATFORM, message, { cause: error });
  if (NETWORK.some((p) => p.test(text))) return new PlatformNetworkError(PLATFORM, message, { cause: error });
  // Unknown page-side failures are treated as transient: the outbox retries them with backoff.
  return new PlatformNetworkError(PLATFORM, message, { cause: error });
}
