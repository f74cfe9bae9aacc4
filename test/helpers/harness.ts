import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startRelay, type Relay, type RelayOverrides, type Role } from "../../src/main.js";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai.js";
import { openSse, type SseClient } from "./sse.js";
import { startTestRedis } from "./redis.js";

/** A whole relay running in-process against a private Redis and the fake model server. */
export interface Harness {
  relay: Relay;
  fake: FakeOpenAI;
  redisUrl: string;
  url: string;
  config: Readonly<Config>;
  env: Record<string, string>;
  /** Starts another relay process (another role) on the same Redis and fake model. */
  spawn(role: Role, env?: Record<string, string>, overrides?: RelayOverrides): Promise<Relay>;
  /** Posts a web chat message; returns the HTTP status and body. */
  postWeb(conversationId: string, messageId: string, text: string): Promise<{ status: number; body: unknown }>;
  /** Opens the SSE stream of a web conversation. */
  sse(conversationId: string): Promise<SseClient>;
  stop(): Promise<void>;
}

/** Options of the harness. */
export interface HarnessOptions {
  env?: Record<string, string>;
  role?: Role;
  overrides?: RelayOverrides;
  fake?: FakeOpenAI;
  /** Use an existing Redis instead of starting one. */
  redisUrl?: string;
}

/** Base environment for tests: loopback, a free port, silent logs, short time-outs. */
export function testEnv(redisUrl: string, modelUrl: string, dataDir: string): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    MODEL_BASE_URL: modelUrl,
    MODEL_NAME: "fake-small",
    MODEL_TIMEOUT_MS: "4000",
    MODEL_MAX_RETRIES: "2",
    TURN_LOCK_MS: "4000",
    SHUTDOWN_TIMEOUT_MS: "3000",
  };
}

/** Starts the harness. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const redis = options.redisUrl ? undefined : await startTestRedis();
  const redisUrl = options.redisUrl ?? redis!.url;
  const fake = options.fake ?? (await startFakeOpenAI());
  const dataDir = mkdtempSync(join(tmpdir(), "spark-data-"));
  const env = { ...testEnv(redisUrl, fake.url, dataDir), ...options.env };
  const logger = createLogger({ level: env.LOG_LEVEL ?? "silent" });
  const config = loadConfig(env);
  const others: Relay[] = [];
  const relay = await startRelay({ config, role: options.role ?? { kind: "all" }, logger, overrides: options.overrides });
  const url = relay.url!;
  return {
    relay,
    fake,
    redisUrl,
    url,
    config,
    env,
    async spawn(role, extraEnv = {}, overrides) {
      const other = await startRelay({ config: loadConfig({ ...env, ...extraEnv }), role, logger, overrides });
      others.push(other);
      return other;
    },
    async postWeb(conversationId, messageId, text) {
      const res = await fetch(`${url}/api/web/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ conversationId, messageId, text }),
      });
      return { status: res.status, body: await res.json().catch(() => undefined) };
    },
    sse: (conversationId) => openSse(`${url}/api/web/conversations/${conversationId}/events`),
    async stop() {
      for (const o of others) await o.stop();
      await relay.stop();
      if (!options.fake) await fake.close();
      await redis?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
