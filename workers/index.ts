import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { FlowProducer, QueueEvents, type Queue, type Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { startBlobExpiry, type BlobStore } from "../src/blobs.js";
import type { Config } from "../src/config.js";
import type { EventBus } from "../src/events.js";
import { QUEUES } from "../src/keys.js";
import type { ChannelName } from "../src/message.js";
import type { ModelProvider } from "../src/model/types.js";
import type { RolloutCache } from "../src/rollout/cache.js";
import { createRolloutGate } from "../src/rollout/gate.js";
import type { Answerer } from "./answer.js";
import { CommandRegistry } from "./commands.js";
import { startInboundWorker, type InboundGate } from "./inbound.js";
import { createModeAnswerer } from "./modes/answerer.js";
import { modeCommands } from "./modes/settings.js";
import { buildSafety } from "./safety-wiring.js";
import { startSubagentWorkers } from "./subagent.js";
import { startTurnWorker, type TurnOutcome } from "./turn.js";

/** What the worker role needs from the process that hosts it. */
export interface WorkerDeps {
  config: Readonly<Config>;
  redis: Redis;
  bullConnection: Redis;
  events: EventBus;
  queue: (name: string) => Queue;
  model: ModelProvider;
  blobs: BlobStore;
  logger: Logger;
  rollout: RolloutCache;
  overrides: {
    answerer?: (deps: { model: ModelProvider; config: Readonly<Config> }) => Answerer;
    gates?: InboundGate[];
    onTurn?: (outcome: TurnOutcome) => void;
  };
}

/** Starts the inbound, turn and sub-agent workers with their gates (rollout, safety limits) and the mode answerer. */
export function startWorkers(deps: WorkerDeps): { workers: Worker[]; cleanups: Array<() => Promise<unknown>> } {
  const { config, redis, bullConnection, events, queue, model, blobs, logger, overrides, rollout } = deps;
  const channelSettings = (channel: ChannelName) => config.channels[channel];
  const modes = startModes({ config, redis, bullConnection, model, blobs, logger });
  const answer = overrides.answerer?.({ model, config }) ?? modes.answer;
  const safety = buildSafety({ config, redis, model, outbox: (c) => queue(QUEUES.outbox(c)), logger: logger.child({ component: "safety" }) });
  const commands = new CommandRegistry();
  for (const c of modeCommands({ channelDefault: (m) => config.modes.defaults[m.channel as ChannelName] ?? "auto" })) commands.add(c);
  const inbound = startInboundWorker({
    connection: bullConnection,
    concurrency: Math.max(8, config.turn.concurrency),
    lockDurationMs: config.turn.lockDurationMs,
    redis,
    turns: queue(QUEUES.turns),
    channelSettings,
    dedupeTtlS: config.turn.dedupeTtlS,
    logger: logger.child({ component: "inbound" }),
    gates: [createRolloutGate({ cache: rollout, redis, outbox: (c) => queue(QUEUES.outbox(c)), logger: logger.child({ component: "rollout" }), alwaysAnswer: ["api"] }), safety.gate, ...(overrides.gates ?? [])],
  });
  const turns = startTurnWorker({
    connection: bullConnection,
    concurrency: config.turn.concurrency,
    lockDurationMs: config.turn.lockDurationMs,
    redis,
    events,
    outbox: (channel) => queue(QUEUES.outbox(channel)),
    answer,
    commands,
    channelSettings,
    historyTokenBudget: config.turn.historyTokenBudget,
    logger: logger.child({ component: "turn" }),
    onTurn: overrides.onTurn,
    cohortOf: (message) => rollout.assign(message.channel, message.sender.id),
    safety: safety.stage,
  });
  return { workers: [inbound, turns, ...modes.workers], cleanups: modes.cleanups };
}

/** Reasoning modes and media: the mode answerer, the sub-agent workers, the contemplating flow producer and blob expiry. */
function startModes(deps: { config: Readonly<Config>; redis: Redis; bullConnection: Redis; model: ModelProvider; blobs: BlobStore; logger: Logger }) {
  const { config, redis, bullConnection, model, blobs } = deps;
  const logger = deps.logger.child({ component: "modes" });
  const flow = new FlowProducer({ connection: bullConnection });
  const eventsConnection = bullConnection.duplicate();
  const subagentEvents = new QueueEvents(QUEUES.subagents, { connection: eventsConnection });
  const onError = (err: Error) => logger.warn({ err: err.message }, "contemplating queue error");
  flow.on("error", onError);
  subagentEvents.on("error", onError);
  // The duplicated connection is ours: without a listener ioredis prints "Unhandled error event" on every reconnect attempt.
  eventsConnection.on("error", onError);
  const workers = startSubagentWorkers({
    connection: bullConnection,
    model,
    concurrency: config.modes.contemplate.concurrency,
    lockDurationMs: Math.max(config.turn.lockDurationMs, config.modes.contemplate.agentTimeoutMs + 5000),
    workerName: `subagent-${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`,
    logger,
  });
  const stopExpiry = startBlobExpiry({ store: blobs, maxAgeMs: config.media.blobTtlMs, onError: (err) => logger.warn({ err }, "blob expiry failed"), onExpired: (count) => logger.info({ count }, "expired old media") });
  const answer = createModeAnswerer({
    model,
    redis,
    blobs,
    models: {
      instant: config.model.name,
      thinking: config.model.thinkingName ?? config.model.name,
      vision: config.model.visionName ?? (config.media.visionAllowMain ? config.model.name : false),
      transcribe: config.model.transcribeName,
      reasoningEffort: config.modes.reasoningEffort,
      instantMaxTokens: config.modes.instantMaxTokens,
      thinkingMaxTokens: config.modes.thinkingMaxTokens,
    },
    limits: config.media,
    channelDefault: (channel) => config.modes.defaults[channel],
    classifier: config.modes.classifier,
    contemplate: { flow, subagentEvents, budget: { ...config.modes.contemplate, maxTokensPerCall: config.modes.thinkingMaxTokens } },
    logger,
  });
  const cleanups: Array<() => Promise<unknown>> = [
    async () => eventsConnection.quit().catch(() => undefined),
    () => flow.close(),
    () => subagentEvents.close(),
    stopExpiry,
  ];
  return { answer, workers, cleanups };
}


/** The chat commands every channel offers (the menus of Telegram and Discord list them). */
export function chatCommands(): Array<{ name: string; description: string }> {
  const registry = new CommandRegistry();
  for (const c of modeCommands({ channelDefault: () => "auto" })) registry.add(c);
  return [{ name: "start", description: "start chatting" }, ...registry.list()];
}

