import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { createFeedbackStore, type FeedbackStore } from "./feedback.js";
import type { InboundMessage } from "./message.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { createStats, type Stats } from "./stats.js";

/** What a finished turn reports (the turn worker's outcome has these fields and more). */
export interface TurnReport {
  channel: string;
  kind: string;
  mode: string;
  model: string;
  cohort?: string;
  queueWaitMs: number;
  firstDeltaMs: number | undefined;
  totalMs: number;
  promptTokens: number;
  completionTokens: number;
  retries?: number;
  error?: string;
  /** The turn's safety action (answer, care, escalate, refuse); absent for command-only turns. */
  safety?: string;
  /** The hazard category behind the safety action. */
  safetyCategory?: string;
}

/** Metrics, dashboard stats and feedback, with the hooks the pipeline calls. */
export interface Observability {
  metrics: Metrics;
  stats: Stats;
  feedback: FeedbackStore;
  onAccepted(message: InboundMessage, status: "queued" | "duplicate"): void;
  onTurn(report: TurnReport): void;
  onDelivered(info: { channel: string; parts: number }): void;
  onRateLimited(info: { channel: string }): void;
  onUndeliverable(info: { channel: string; code: string }): void;
}

/** Builds them for one process. Stats writes are best effort: a failed write is logged, never fails a message. */
export function createObservability(options: { redis: Redis; logger: Logger }): Observability {
  const { redis, logger } = options;
  const metrics = createMetrics();
  const stats = createStats(redis);
  const soft = (p: Promise<unknown>) => void p.catch((err: unknown) => logger.debug({ err }, "stats write failed"));
  const feedback = createFeedbackStore(redis, (r) => metrics.feedback.inc({ channel: r.channel, value: r.value, cohort: r.cohort, model: r.model }));
  return {
    metrics,
    stats,
    feedback,
    onAccepted(message, status) {
      metrics.messagesIn.inc({ channel: message.channel, status });
      if (status === "queued") soft(stats.messageIn(message.channel));
    },
    onTurn(r) {
      const labels = { channel: r.channel, mode: r.mode, cohort: r.cohort ?? "default", model: r.model };
      metrics.turns.inc({ ...labels, outcome: r.kind });
      metrics.queueWait.observe({ channel: r.channel, mode: r.mode }, r.queueWaitMs / 1000);
      if (r.firstDeltaMs !== undefined) metrics.firstToken.observe(labels, r.firstDeltaMs / 1000);
      metrics.turnDuration.observe(labels, r.totalMs / 1000);
      if (r.promptTokens) metrics.modelTokens.inc({ channel: r.channel, model: r.model, cohort: labels.cohort, type: "prompt" }, r.promptTokens);
      if (r.completionTokens) metrics.modelTokens.inc({ channel: r.channel, model: r.model, cohort: labels.cohort, type: "completion" }, r.completionTokens);
      if (r.retries) metrics.modelRetries.inc({ channel: r.channel, model: r.model }, r.retries);
      if (r.error) metrics.modelErrors.inc({ channel: r.channel, model: r.model, code: r.error });
      if (r.safety) metrics.safetyActions.inc({ channel: r.channel, action: r.safety, category: r.safetyCategory ?? "none" });
      soft(stats.turn(r.channel, r.totalMs, r.firstDeltaMs));
    },
    onDelivered(info) {
      metrics.messagesOut.inc({ channel: info.channel, kind: "part" }, info.parts);
      soft(stats.delivered(info.channel, info.parts));
    },
    onRateLimited(info) {
      metrics.platformRateLimited.inc({ channel: info.channel });
    },
    onUndeliverable(info) {
      metrics.undeliverable.inc({ channel: info.channel, code: info.code });
    },
  };
}

/** `GET /metrics` in the Prometheus text format. */
export function registerMetricsRoute(http: FastifyInstance, metrics: Metrics): void {
  http.get("/metrics", async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
}
