import { join } from "node:path";
import { Queue, type Worker } from "bullmq";
import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Answerer } from "../workers/answer.js";
import type { InboundGate } from "../workers/inbound.js";
import type { TurnOutcome } from "../workers/turn.js";
import { chatCommands, startWorkers } from "../workers/index.js";
import { builtInChannel } from "../adapters/index.js";
import { createFileBlobStore, type BlobStore } from "./blobs.js";
import type { ChannelAdapter, ChannelContext } from "./channel.js";
import type { Config } from "./config.js";
import { RelayError } from "./errors.js";
import { createEventBus, type EventBus } from "./events.js";
import { registerDashboard } from "./http/dashboard/routes.js";
import { createHttpServer, type ReadinessCheck } from "./http/server.js";
import { createIntake, type Intake } from "./intake.js";
import { createObservability, registerMetricsRoute } from "./observability.js";
import { KEYS, QUEUES } from "./keys.js";
import { createLogger } from "./logger.js";
import { registerPartnerAdminRoutes } from "./partners/routes.js";
import { createPartnerKeyStore } from "./partners/store.js";
import { startRolloutCache } from "./rollout/cache.js";
import { registerRolloutAdminRoutes } from "./rollout/routes.js";
import { createRolloutStore } from "./rollout/store.js";
import { CHANNEL_NAMES, type ChannelName } from "./message.js";
import { createDeferredProvider } from "./model/deferred.js";
import { createModelProvider } from "./model/factory.js";
import type { ModelProvider } from "./model/types.js";
import { startOutboxWorker } from "./outbox.js";
import { connectRedis, startPrivateRedis, type PrivateRedis } from "./redis.js";

/** Which parts of the relay this process runs. */
export type Role = { kind: "all" } | { kind: "worker" } | { kind: "channel"; channel: ChannelName };

/** Extra parts a caller (tests, embedding apps) can hand in instead of the ones built from config. */
export interface RelayOverrides {
  model?: ModelProvider;
  answerer?: (deps: { model: ModelProvider; config: Readonly<Config> }) => Answerer;
  /** Additional channel factories keyed by name (used instead of the built-in ones). */
  channels?: Partial<Record<ChannelName, (context: ChannelContext) => ChannelAdapter>>;
  gates?: InboundGate[];
  onTurn?: (outcome: TurnOutcome) => void;
}

/** A running relay process. */
export interface Relay {
  role: Role;
  config: Readonly<Config>;
  logger: Logger;
  redis: Redis;
  redisUrl: string;
  http: FastifyInstance | undefined;
  /** Base URL of the HTTP server when it listens. */
  url: string | undefined;
  intake: Intake;
  events: EventBus;
  blobs: BlobStore;
  channels: Map<ChannelName, ChannelAdapter>;
  model: ModelProvider | undefined;
  queue(name: string): Queue;
  stop(): Promise<void>;
}

/** Starts one relay process in the given role. The only place that builds real things. */
export async function startRelay(options: { config: Readonly<Config>; role: Role; logger?: Logger; overrides?: RelayOverrides }): Promise<Relay> {
  const { config, role } = options;
  const overrides = options.overrides ?? {};
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const cleanups: Array<() => Promise<unknown>> = [];
  const runCleanups = async () => {
    for (const c of cleanups.reverse()) await c().catch((err) => logger.warn({ err }, "shutdown step failed"));
  };

  try {
    const { redisUrl, privateRedis } = await resolveRedis(config, role, logger);
    if (privateRedis) cleanups.push(() => privateRedis.stop());
    // Auto-pipelining on the general connection only (our own commands batch per tick); BullMQ keeps plain connections.
    const redis = connectRedis(redisUrl, { enableAutoPipelining: true });
    const bullConnection = connectRedis(redisUrl);
    const subscriber = connectRedis(redisUrl);
    for (const c of [redis, bullConnection, subscriber]) c.on("error", (err) => logger.warn({ err: err.message }, "redis connection error"));
    cleanups.push(async () => redis.quit(), async () => bullConnection.quit());
    await redis.ping();

    const queues = new Map<string, Queue>();
    const queue = (name: string) => {
      let q = queues.get(name);
      if (!q) {
        q = new Queue(name, { connection: bullConnection });
        q.on("error", (err) => logger.warn({ err: err.message, queue: name }, "queue error"));
        queues.set(name, q);
      }
      return q;
    };
    cleanups.push(async () => Promise.all([...queues.values()].map((q) => q.close())));

    const events = createEventBus({ publisher: redis, subscriber, logger });
    cleanups.push(() => events.close());
    const observability = createObservability({ redis, logger });
    // Best effort: a Redis that is gone must not hold up shutdown for dashboard counts.
    cleanups.push(() => Promise.race([observability.stats.flush(), new Promise((r) => setTimeout(r, 1000).unref())]));
    observability.metrics.watchQueues(() => allQueueNames().map(queue));
    const intake = createIntake({ queue: queue(QUEUES.inbound), redis, logger: logger.child({ component: "intake" }), onAccepted: observability.onAccepted });
    const blobs = createFileBlobStore(join(config.dataDir, "blobs"));
    const checks: ReadinessCheck[] = [{ name: "redis", check: async () => ({ ok: (await redis.ping()) === "PONG" }) }];
    const http = createHttpServer({ logger, checks });
    const rollout = await startRolloutCache({ redis, subscriber, logger: logger.child({ component: "rollout" }) });
    cleanups.push(() => rollout.close());
    registerRolloutAdminRoutes(http, { store: createRolloutStore(redis), adminToken: config.adminToken });
    registerPartnerAdminRoutes(http, { store: createPartnerKeyStore(redis), adminToken: config.adminToken });
    await registerDashboard(http, {
      adminToken: config.adminToken,
      redis,
      stats: observability.stats,
      feedback: observability.feedback,
      checks,
      queues: () => allQueueNames().map(queue),
    });
    const channels = new Map<ChannelName, ChannelAdapter>();
    const workers: Worker[] = [];
    let model: ModelProvider | undefined;

    if (role.kind !== "channel") {
      const modelLogger = logger.child({ component: "model" });
      let beat = () => {};
      model = overrides.model ?? createDeferredProvider(createModelProvider(config, modelLogger), modelLogger, { onSettled: () => beat() });
      const m = model;
      cleanups.push(() => m.close());
      const onTurn = (outcome: TurnOutcome) => {
        observability.onTurn(outcome);
        overrides.onTurn?.(outcome);
      };
      const started = startWorkers({ config, redis, bullConnection, events, queue, model, blobs, logger, overrides: { ...overrides, onTurn }, rollout });
      workers.push(...started.workers);
      cleanups.push(...started.cleanups);
      const heartbeat = startModelHeartbeat(redis, model);
      beat = heartbeat.beat;
      cleanups.push(async () => clearInterval(heartbeat.timer));
      checks.push({ name: "model", check: async () => ({ ok: true, detail: m.availability().ready ? "ready" : m.availability().reason }) });
    }

    registerMetricsRoute(http, observability.metrics);
    const context: ChannelContext = { intake, events, blobs, http, redis, logger, dataDir: config.dataDir, feedback: observability.feedback };
    for (const name of channelsFor(role, config)) {
      const factory = overrides.channels?.[name] ?? builtInChannel(name, config, chatCommands());
      if (!factory) throw new RelayError(`channel "${name}" is not configured (see .env.example)`, "channel_not_configured");
      const adapter = factory({ ...context, logger: logger.child({ channel: name }) });
      adapter.registerRoutes?.(http);
      channels.set(name, adapter);
      checks.push({ name: `channel:${name}`, check: async () => ({ ok: adapter.health().connected, detail: adapter.health().state }) });
    }

    await http.listen({ host: config.host, port: config.port });
    const address = http.server.address();
    const url = typeof address === "object" && address ? `http://${hostForUrl(config.host)}:${address.port}` : undefined;

    const outboxWorkers: Worker[] = [];
    for (const adapter of channels.values()) {
      try {
        await adapter.start();
      } catch (error) {
        // One channel with a bad token must not take the others down; its replies wait in its outbox until it is fixed.
        if (role.kind === "channel") throw error;
        logger.error({ err: error, channel: adapter.name }, `${adapter.name} channel failed to start; other channels keep running (see /readyz)`);
        continue;
      }
      outboxWorkers.push(
        startOutboxWorker({
          adapter,
          connection: bullConnection,
          redis,
          lockDurationMs: config.turn.lockDurationMs,
          logger: logger.child({ channel: adapter.name, component: "outbox" }),
          feedback: observability.feedback,
          onDelivered: observability.onDelivered,
          onRateLimited: observability.onRateLimited,
          onUndeliverable: (info) => observability.onUndeliverable({ channel: info.channel, code: info.error.code }),
        }),
      );
      const unsubscribe = await events.subscribe(adapter.name, (event) => void adapter.onTurnEvent?.(event));
      cleanups.push(unsubscribe);
    }

    let stopped = false;
    const relay: Relay = {
      role,
      config,
      logger,
      redis,
      redisUrl,
      http,
      url,
      intake,
      events,
      blobs,
      channels,
      model,
      queue,
      async stop() {
        if (stopped) return;
        stopped = true;
        logger.info("shutting down: no new messages; letting running turns finish");
        for (const adapter of channels.values()) await adapter.stop().catch((err) => logger.warn({ err }, "channel stop failed"));
        await http.close().catch((err) => logger.warn({ err }, "http close failed"));
        await closeWorkers([...workers, ...outboxWorkers], config.turn.shutdownTimeoutMs, logger);
        await runCleanups();
        logger.info("stopped");
      },
    };
    return relay;
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

async function resolveRedis(config: Readonly<Config>, role: Role, logger: Logger): Promise<{ redisUrl: string; privateRedis?: PrivateRedis }> {
  if (config.redisUrl) return { redisUrl: config.redisUrl };
  if (role.kind !== "all") {
    throw new RelayError(`REDIS_URL is required for the "${role.kind}" role: every process of a cluster must share one Redis`, "redis_url_required");
  }
  const privateRedis = await startPrivateRedis({ dir: join(config.dataDir, "redis"), logger });
  return { redisUrl: privateRedis.url, privateRedis };
}

/** Publishes the model's availability for the web chat and dashboard every 10 s; `beat` publishes at once (when the model becomes ready). */
function startModelHeartbeat(redis: Redis, model: ModelProvider): { timer: NodeJS.Timeout; beat: () => void } {
  const beat = () => void redis.set(KEYS.modelStatus(), JSON.stringify(model.availability()), "EX", 30).catch(() => {});
  beat();
  const timer = setInterval(beat, 10_000);
  timer.unref();
  return { timer, beat };
}

/** The channels a role runs. */
export function channelsFor(role: Role, config: Readonly<Config>): ChannelName[] {
  if (role.kind === "worker") return [];
  if (role.kind === "channel") return [role.channel];
  const names: ChannelName[] = ["web", "api"];
  if (config.telegram) names.push("telegram");
  if (config.discord) names.push("discord");
  if (config.whatsapp.enabled) names.push("whatsapp");
  return names;
}

/** Every queue of a cluster, for the dashboard and metrics. */
function allQueueNames(): string[] {
  return [QUEUES.inbound, QUEUES.turns, QUEUES.subagents, QUEUES.contemplate, ...CHANNEL_NAMES.map((c) => QUEUES.outbox(c))];
}

async function closeWorkers(workers: Worker[], timeoutMs: number, logger: Logger): Promise<void> {
  const graceful = Promise.all(workers.map((w) => w.close()));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), timeoutMs)));
  const result = await Promise.race([graceful.then(() => "done" as const), timeout]);
  clearTimeout(timer);
  if (result === "timeout") {
    logger.warn({ timeoutMs }, "turns still running at the shutdown deadline; they will be picked up again after restart");
    await Promise.all(workers.map((w) => w.close(true)));
  }
}

function hostForUrl(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
