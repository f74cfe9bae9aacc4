#!/usr/bin/env node
import { config as loadDotenv } from "dotenv";
import { loadConfig } from "./src/config.js";
import { ConfigError, RelayError } from "./src/errors.js";
import { createLogger, prettyDestination } from "./src/logger.js";
import { ChannelNameSchema, CHANNEL_NAMES } from "./src/message.js";
import type { Role } from "./src/main.js";
import { KEYS_USAGE, runKeysCommand } from "./src/partners/cli.js";
import { createPartnerKeyStore } from "./src/partners/store.js";
import { connectRedis } from "./src/redis.js";
import { createAccessControl } from "./src/safety/access.js";
import { PAIRING_USAGE, runPairingCommand } from "./src/safety/cli.js";
import { ROLLOUT_USAGE, runRolloutCommand } from "./src/rollout/cli.js";
import { createRolloutStore } from "./src/rollout/store.js";

const HELP = `spark-relay: one AI assistant on WhatsApp, Telegram, Discord, a web chat and an OpenAI-compatible API.

Usage:
  spark-relay all                 everything in one process (default for npm start)
  spark-relay worker              turn and sub-agent workers only (scale out: run many)
  spark-relay channel <name>      one channel's connection and outbox: ${CHANNEL_NAMES.join(", ")}
  spark-relay --help              this text

Operator commands (need REDIS_URL: the Redis the relay runs on; changes apply live, no restart):
${ROLLOUT_USAGE}
${KEYS_USAGE}
${PAIRING_USAGE}

Configuration comes from the environment and a .env file (see .env.example).
Roles other than "all" need REDIS_URL: every process of a cluster shares one Redis.`;

/** Parses the role arguments. */
function parseRole(args: string[]): Role | "help" {
  const [first, second] = args;
  if (!first || first === "all") return { kind: "all" };
  if (first === "--help" || first === "-h" || first === "help") return "help";
  if (first === "worker") return { kind: "worker" };
  if (first === "channel") {
    const parsed = ChannelNameSchema.safeParse(second);
    if (!parsed.success) throw new RelayError(`channel role needs a channel name: one of ${CHANNEL_NAMES.join(", ")}`, "usage");
    return { kind: "channel", channel: parsed.data };
  }
  throw new RelayError(`unknown command "${first}" (try --help)`, "usage");
}

/** Runs `rollout ...`, `keys ...` or `pairing ...` against the relay's Redis and prints the result. */
async function runOperatorCommand(command: "rollout" | "keys" | "pairing", args: string[]): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.redisUrl) {
    throw new RelayError(`"${command}" needs REDIS_URL: set it to the Redis the relay uses (e.g. REDIS_URL=redis://127.0.0.1:6379)`, "redis_url_required");
  }
  // Fail fast instead of retrying forever when Redis is unreachable.
  const redis = connectRedis(config.redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.ping().catch((error: unknown) => {
      throw new RelayError(`could not reach Redis at REDIS_URL: ${error instanceof Error ? error.message : String(error)}`, "redis_unreachable");
    });
    const out =
      command === "rollout"
        ? await runRolloutCommand(args, createRolloutStore(redis))
        : command === "pairing"
          ? await runPairingCommand(args, createAccessControl({ redis, config: config.safety }))
          : await runKeysCommand(args, createPartnerKeyStore(redis));
    console.log(out);
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const [command, ...rest] = process.argv.slice(2);
  if (command === "rollout" || command === "keys" || command === "pairing") return runOperatorCommand(command, rest);
  const role = parseRole(process.argv.slice(2));
  if (role === "help") {
    console.log(HELP);
    return;
  }
  const config = loadConfig(process.env);
  const pretty = config.logFormat === "pretty" || (config.logFormat === "auto" && process.stdout.isTTY === true);
  const logger = createLogger({ level: config.logLevel, destination: pretty ? prettyDestination() : undefined });
  // A library's stray async failure (a browser page closing mid-call, say) is logged, not allowed to kill the service.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
  // Loaded on demand: the operator commands start in a fraction of the time without every channel's client library.
  const { startRelay } = await import("./src/main.js");
  const relay = await startRelay({ config, role, logger });
  if (relay.url && relay.channels.has("web")) console.log(`spark-relay is up: web chat at ${relay.url}/`);
  else if (relay.url) console.log(`spark-relay ${role.kind} is up: health at ${relay.url}/healthz`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, "signal received");
    relay.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof RelayError) console.error(`spark-relay: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
