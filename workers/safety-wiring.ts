import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "../src/config.js";
import type { ChannelName } from "../src/message.js";
import type { ModelProvider } from "../src/model/types.js";
import { createAccessControl } from "../src/safety/access.js";
import { createRuleClassifier, createSafetyClassifier } from "../src/safety/classify.js";
import { createInputCheck } from "../src/safety/input.js";
import { createUserLimiter } from "../src/safety/limits.js";
import { createModerationCheck } from "../src/safety/moderation.js";
import { createOutputCheck } from "../src/safety/output.js";
import type { InboundGate } from "./inbound.js";
import { createSafetyGate } from "./safety-gate.js";
import { createSafetyStage, type SafetyStage } from "./safety-stage.js";

/** Every configured secret an answer must never contain. */
export function configuredSecrets(config: Readonly<Config>): string[] {
  const all = [config.model.apiKey, config.telegram?.token, config.telegram?.webhookSecret, config.discord?.token, config.adminToken];
  return all.filter((s): s is string => typeof s === "string" && s.length >= 8);
}

/** Builds the safety layer from the configuration: the inbound gate (access, limits) and the turn's safety stage. */
export function buildSafety(deps: {
  config: Readonly<Config>;
  redis: Redis;
  model: ModelProvider;
  outbox: (channel: ChannelName) => Queue;
  logger: Logger;
  /** Extra secrets to keep out of answers, beyond those in the configuration. */
  secrets?: readonly string[];
}): { gate: InboundGate; stage: SafetyStage } {
  const { config, redis, model, logger } = deps;
  const safety = config.safety;
  // Incoming turns: the rules backed by the learned model. Answers: the rules alone (the model learned user messages).
  const classify = createSafetyClassifier();
  const rules = createRuleClassifier();
  const moderation = safety.moderationModel ? createModerationCheck({ model, modelName: safety.moderationModel, timeoutMs: safety.moderationTimeoutMs }) : undefined;
  const limiter = createUserLimiter({ redis, limits: safety.limits });
  const access = createAccessControl({ redis, config: safety });
  const gate = createSafetyGate({ access, limiter, redis, outbox: deps.outbox, logger, alwaysAnswer: ["api"] });
  const stage = createSafetyStage({
    inputCheck: createInputCheck({ rules: classify, moderation, logger }),
    outputCheck: createOutputCheck(rules),
    limiter,
    secrets: [...configuredSecrets(config), ...(deps.secrets ?? [])],
    country: safety.country,
    logger,
  });
  return { gate, stage };
}
