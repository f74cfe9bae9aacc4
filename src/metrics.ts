import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Queue } from "bullmq";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 120];

/** Labels of a finished turn; every value comes from a bounded set (channel, mode, cohort, model names): never user or chat ids. */
export interface TurnLabels {
  channel: string;
  mode: string;
  cohort: string;
  model: string;
}

/** The relay's Prometheus metrics, one registry per process. */
export interface Metrics {
  registry: Registry;
  messagesIn: Counter<"channel" | "status">;
  messagesOut: Counter<"channel" | "kind">;
  queueWait: Histogram<"channel" | "mode">;
  firstToken: Histogram<keyof TurnLabels>;
  turnDuration: Histogram<keyof TurnLabels>;
  turns: Counter<keyof TurnLabels | "outcome">;
  modelTokens: Counter<"channel" | "model" | "cohort" | "type">;
  modelErrors: Counter<"channel" | "model" | "code">;
  modelRetries: Counter<"channel" | "model">;
  platformRateLimited: Counter<"channel">;
  undeliverable: Counter<"channel" | "code">;
  feedback: Counter<"channel" | "value" | "cohort" | "model">;
  /** Turns by safety action (answer, care, escalate, refuse) and hazard category (`none` for a plain answer). */
  safetyActions: Counter<"channel" | "action" | "category">;
  queueDepth: Gauge<"queue" | "state">;
  /** Queues whose depths are read at scrape time. */
  watchQueues(queues: () => Queue[]): void;
}

/** Builds the metrics (with default process metrics) on a fresh registry. */
export function createMetrics(options: { prefix?: string; defaultMetrics?: boolean } = {}): Metrics {
  const p = options.prefix ?? "spark_";
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: p });
  let watched: () => Queue[] = () => [];
  const m = {
    registry,
    messagesIn: new Counter({ name: `${p}messages_in_total`, help: "Messages accepted at intake", labelNames: ["channel", "status"], registers: [registry] }),
    messagesOut: new Counter({ name: `${p}messages_out_total`, help: "Answer parts delivered to platforms", labelNames: ["channel", "kind"], registers: [registry] }),
    queueWait: new Histogram({ name: `${p}turn_queue_wait_seconds`, help: "From the first message's arrival to its turn starting (includes the debounce window)", labelNames: ["channel", "mode"], buckets: LATENCY_BUCKETS, registers: [registry] }),
    firstToken: new Histogram({ name: `${p}turn_first_token_seconds`, help: "From arrival to the first streamed token", labelNames: ["channel", "mode", "cohort", "model"], buckets: LATENCY_BUCKETS, registers: [registry] }),
    turnDuration: new Histogram({ name: `${p}turn_duration_seconds`, help: "From arrival to the answer being queued for delivery", labelNames: ["channel", "mode", "cohort", "model"], buckets: LATENCY_BUCKETS, registers: [registry] }),
    turns: new Counter({ name: `${p}turns_total`, help: "Turns by outcome", labelNames: ["channel", "mode", "cohort", "model", "outcome"], registers: [registry] }),
    modelTokens: new Counter({ name: `${p}model_tokens_total`, help: "Model tokens", labelNames: ["channel", "model", "cohort", "type"], registers: [registry] }),
    modelErrors: new Counter({ name: `${p}model_errors_total`, help: "Turns whose model call failed after retries", labelNames: ["channel", "model", "code"], registers: [registry] }),
    modelRetries: new Counter({ name: `${p}model_retries_total`, help: "Model call retries", labelNames: ["channel", "model"], registers: [registry] }),
    platformRateLimited: new Counter({ name: `${p}platform_rate_limited_total`, help: "429 answers from platforms", labelNames: ["channel"], registers: [registry] }),
    undeliverable: new Counter({ name: `${p}undeliverable_total`, help: "Parts that could not be delivered (blocked, no permission)", labelNames: ["channel", "code"], registers: [registry] }),
    feedback: new Counter({ name: `${p}feedback_total`, help: "Answer feedback (reactions, thumbs)", labelNames: ["channel", "value", "cohort", "model"], registers: [registry] }),
    safetyActions: new Counter({ name: `${p}safety_actions_total`, help: "Turns by safety action and hazard category", labelNames: ["channel", "action", "category"], registers: [registry] }),
    queueDepth: new Gauge({
      name: `${p}queue_jobs`,
      help: "Jobs per queue and state",
      labelNames: ["queue", "state"],
      registers: [registry],
      async collect() {
        for (const q of watched()) {
          const counts = await q.getJobCounts("waiting", "active", "delayed", "failed").catch(() => undefined);
          if (!counts) continue;
          for (const [state, n] of Object.entries(counts)) this.set({ queue: q.name, state }, n);
        }
      },
    }),
    watchQueues(queues: () => Queue[]) {
      watched = queues;
    },
  };
  return m;
}
