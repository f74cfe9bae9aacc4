import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/redis.js";

const CLI = resolve(__dirname, "../../dist/cli.js");
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "spark-cli-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// A clean environment: nothing from the developer's shell or a .env leaks in.
const baseEnv = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? "", HOME: tmpdir(), LOG_LEVEL: "warn", ...extra });

describe("the command line", () => {
  it("is built (npm test builds before running tests)", () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it("prints help", () => {
    const r = spawnSync(process.execPath, [CLI, "--help"], { env: baseEnv({}), encoding: "utf8", cwd: tmp() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/channel <name>/);
    expect(r.stdout).toMatch(/worker/);
  });

  it("exits with one line saying how to get Redis when redis-server is missing", () => {
    const r = spawnSync(process.execPath, [CLI, "all"], { env: baseEnv({ PATH: tmp(), DATA_DIR: tmp() }), encoding: "utf8", cwd: tmp() });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/apt install redis-server/);
    expect(lines[0]).toMatch(/brew install redis/);
    expect(lines[0]).toMatch(/REDIS_URL/);
  });

  it("exits non-zero naming every bad config key", () => {
    const r = spawnSync(process.execPath, [CLI, "all"], { env: baseEnv({ PORT: "99999", MODEL_BASE_URL: "nope" }), encoding: "utf8", cwd: tmp() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("PORT");
    expect(r.stderr).toContain("MODEL_BASE_URL");
  });

  it("refuses worker and channel roles without a shared Redis", () => {
    const r = spawnSync(process.execPath, [CLI, "worker"], { env: baseEnv({ DATA_DIR: tmp() }), encoding: "utf8", cwd: tmp() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/REDIS_URL is required/);
    const bad = spawnSync(process.execPath, [CLI, "channel", "fax"], { env: baseEnv({}), encoding: "utf8", cwd: tmp() });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/one of web, telegram/);
  });

  it("starts with a private Redis, says where the web chat is, and shuts down cleanly on SIGTERM", async () => {
    const dataDir = tmp();
    const port = await freePort();
    const child = spawn(process.execPath, [CLI], { env: baseEnv({ DATA_DIR: dataDir, PORT: String(port), MODEL_BASE_URL: "http://127.0.0.1:9/v1" }), cwd: tmp() });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    await expect.poll(() => out, { timeout: 20_000 }).toContain(`web chat at http://127.0.0.1:${port}/`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    // The private Redis keeps its data (AOF) under DATA_DIR.
    await expect.poll(() => existsSync(join(dataDir, "redis")), { timeout: 5000 }).toBe(true);
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const ps = spawnSync("pgrep", ["-f", `redis-server 127.0.0.1:.*`], { encoding: "utf8" });
    expect(ps.stdout).not.toContain(join(dataDir, "redis"));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
