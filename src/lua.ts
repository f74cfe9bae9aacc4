import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

/** A Lua script run by its SHA1 (`EVALSHA`), so each call sends a short hash instead of the whole script text. */
export interface LuaScript {
  /** Runs the script; when Redis does not have it cached yet (`NOSCRIPT`, e.g. after a restart) it is sent once with `EVAL`. */
  run(redis: Redis, keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown>;
}

/** Wraps a Lua script for `EVALSHA` with an `EVAL` fallback. */
export function luaScript(lua: string): LuaScript {
  const sha = createHash("sha1").update(lua).digest("hex");
  // Connections that already sent the script: the first call on a connection uses EVAL, which also caches it.
  const sent = new WeakSet<Redis>();
  return {
    async run(redis, keys, args) {
      if (!sent.has(redis)) {
        sent.add(redis);
        return redis.eval(lua, keys.length, ...keys, ...args);
      }
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
        return redis.eval(lua, keys.length, ...keys, ...args);
      }
    },
  };
}
