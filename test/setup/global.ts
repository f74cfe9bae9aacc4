import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { redisServerInstalled, startPrivateRedis, type PrivateRedis } from "../../src/redis.js";

let shared: PrivateRedis | undefined;
let dir: string | undefined;

/** Starts one private redis-server for the run (never the machine's 6379) and fails loudly when there is none. */
export async function setup(): Promise<void> {
  if (!redisServerInstalled()) {
    throw new Error("redis-server is not installed: the tests need it (apt-get install -y redis-server, or brew install redis). No suite is skipped.");
  }
  dir = mkdtempSync(join(tmpdir(), "spark-test-redis-"));
  shared = await startPrivateRedis({ dir, persist: false });
  process.env.TEST_REDIS_URL = shared.url;
}

/** Stops it. */
export async function teardown(): Promise<void> {
  await shared?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
