import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "pino";
import { RelayError } from "./errors.js";

/** Opens an ioredis connection as BullMQ workers need it (`maxRetriesPerRequest: null`). */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false, ...options });
}

/** Raised when no Redis is configured and `redis-server` is not installed. */
export class RedisMissingError extends RelayError {
  constructor() {
    super(
      "redis-server not found: install it (apt install redis-server, or brew install redis) or set REDIS_URL to an existing Redis",
      "redis_missing",
    );
  }
}

/** Finds a free TCP port on loopback. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A private redis-server child process. */
export interface PrivateRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** True when `redis-server` can be run. */
export function redisServerInstalled(binary = "redis-server"): boolean {
  const probe = spawnSync(binary, ["--version"], { stdio: "ignore" });
  return !probe.error && probe.status === 0;
}

/** Starts `redis-server` on a free loopback port with its data (AOF, fsync every second) under `dir`. */
export async function startPrivateRedis(options: { dir: string; logger?: Logger; binary?: string; port?: number; persist?: boolean }): Promise<PrivateRedis> {
  const binary = options.binary ?? "redis-server";
  if (!redisServerInstalled(binary)) throw new RedisMissingError();
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());
  const persist = options.persist ?? true;
  const args = [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--save", "",
    "--appendonly", persist ? "yes" : "no",
    "--appendfsync", "everysec",
    "--protected-mode", "yes",
    "--daemonize", "no",
    "--maxmemory-policy", "noeviction",
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, child, () => output);
  options.logger?.info({ port, dir }, "private redis-server started");
  return {
    url,
    port,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}

async function waitForRedis(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new RelayError(`redis-server exited at start: ${output().trim().split("\n").slice(-3).join(" | ")}`, "redis_start_failed");
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => {});
    try {
      await probe.connect();
      // AOF loading answers LOADING; wait for a real PONG.
      if ((await probe.ping()) === "PONG") return;
    } catch {
      // not up yet
    } finally {
      probe.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new RelayError("redis-server did not become ready within 15 s", "redis_start_failed");
}
