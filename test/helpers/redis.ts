import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPrivateRedis, type PrivateRedis } from "../../src/redis.js";

/** A redis-server of the test's own (queues are global names, so every relay test gets a clean server). */
export async function startTestRedis(options: { persist?: boolean; port?: number; dir?: string } = {}): Promise<PrivateRedis & { dir: string }> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "spark-redis-"));
  const redis = await startPrivateRedis({ dir, persist: options.persist ?? false, port: options.port });
  return {
    ...redis,
    dir,
    async stop() {
      await redis.stop();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
