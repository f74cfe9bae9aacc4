import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";

/** One readiness check: a name and whether it passes. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }>;
}

/** Builds the one HTTP server (web chat, webhooks, partner API, admin, metrics, health). */
export function createHttpServer(options: { logger: Logger; bodyLimit?: number; checks?: ReadinessCheck[] }): FastifyInstance {
  const app = Fastify({
    // Request lines only at debug: one log line per SSE keep-alive or webhook would drown the operator.
    loggerInstance: options.logger.child({ component: "http" }, { level: options.logger.isLevelEnabled("debug") ? "debug" : "warn" }) as unknown as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: false,
  });
  const checks = options.checks ?? [];

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    void reply.status(status).send({ error: { message: status >= 500 ? "internal error" : error.message, code: error.code ?? "error" } });
  });

  app.get("/healthz", async () => ({ ok: true }));
  app.get("/readyz", async (_request, reply) => {
    const results = await Promise.all(
      checks.map(async (c) => {
        try {
          return { name: c.name, ...(await c.check()) };
        } catch (error) {
          return { name: c.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const ok = results.every((r) => r.ok);
    return reply.status(ok ? 200 : 503).send({ ok, checks: results });
  });
  return app;
}

/** Adds a readiness check to a server built by createHttpServer (before or after it listens). */
export function addReadinessCheck(checks: ReadinessCheck[], check: ReadinessCheck): void {
  checks.push(check);
}
