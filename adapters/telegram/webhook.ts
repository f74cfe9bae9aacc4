import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { TgUpdateSchema } from "./types.js";

/** The route Telegram posts updates to in webhook mode. */
export const WEBHOOK_PATH = "/telegram/webhook";
/** Largest update body accepted (Telegram's updates are far smaller; media never travels inline). */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Compares two secrets in constant time (lengths are compared on digests of equal size). */
export function secretMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  const same = a.length === b.length;
  return timingSafeEqual(same ? a : b, b) && same;
}

/** Registers `POST /telegram/webhook`: checks the secret before the body is read, then hands the update over. */
export function registerWebhookRoute(options: {
  http: FastifyInstance;
  secret: string;
  logger: Logger;
  /** Resolves once the update is safely queued (or deliberately ignored); throws when it could not be. */
  handle(update: unknown): Promise<void>;
}): void {
  const { secret, logger } = options;
  const checkSecret = async (request: FastifyRequest, reply: FastifyReply) => {
    const given = request.headers[SECRET_HEADER];
    if (typeof given !== "string" || given.length === 0) {
      return reply.status(401).send({ ok: false, error: "missing secret token" });
    }
    if (!secretMatches(secret, given)) return reply.status(403).send({ ok: false, error: "wrong secret token" });
  };
  options.http.post(WEBHOOK_PATH, { bodyLimit: WEBHOOK_BODY_LIMIT, onRequest: checkSecret }, async (request, reply) => {
    const parsed = TgUpdateSchema.safeParse(request.body);
    if (!parsed.success) return reply.status(400).send({ ok: false, error: "not a Telegram update" });
    try {
      await options.handle(parsed.data);
    } catch (error) {
      // Telegram redelivers on a non-2xx answer; the update is not lost.
      logger.error({ err: error, updateId: parsed.data.update_id }, "telegram update not queued; asking Telegram to redeliver");
      return reply.status(503).send({ ok: false, error: "temporarily unavailable" });
    }
    return reply.status(200).send({ ok: true });
  });
}
