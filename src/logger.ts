import { pino, type Logger, type DestinationStream } from "pino";
import pretty from "pino-pretty";

/** Paths pino blanks out wherever they appear in a log line. */
export const REDACT_PATHS = [
  "token",
  "apiKey",
  "authorization",
  "password",
  "secret",
  "*.token",
  "*.apiKey",
  "*.authorization",
  "*.Authorization",
  "*.password",
  "*.secret",
  "*.secretToken",
  "headers.authorization",
  "headers.cookie",
  'headers["x-telegram-bot-api-secret-token"]',
  "req.headers.authorization",
  'req.headers["x-telegram-bot-api-secret-token"]',
  "config.model.apiKey",
  "config.telegram.token",
  "config.telegram.webhookSecret",
  "config.discord.token",
  "config.adminToken",
];

/** The one root logger; everything else gets a child of it. */
export function createLogger(options: { level: string; destination?: DestinationStream; name?: string }): Logger {
  return pino(
    {
      name: options.name ?? "spark-relay",
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    options.destination,
  );
}

/** A human-readable log stream for a terminal (the default when stdout is a TTY; LOG_FORMAT=json keeps JSON lines). */
export function prettyDestination(): DestinationStream {
  return pretty({ colorize: true, sync: true, translateTime: "HH:MM:ss", ignore: "pid,hostname,name" });
}

/** Removes anything that looks like a bot token or key from free text before it is logged. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\b\d{6,12}:[A-Za-z0-9_-]{30,}\b/g, "[redacted-telegram-token]")
    .replace(/\bbot\d{6,12}:[A-Za-z0-9_-]{30,}/g, "bot[redacted]")
    .replace(/\b(sk|sr|pk)-[A-Za-z0-9_-]{16,}\b/g, "[redacted-key]")
    .replace(/\b[MN][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g, "[redacted-discord-token]");
}

export type { Logger };
