import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The compiled CLI (`npm test` builds before vitest runs). */
export const CLI = resolve(import.meta.dirname, "../../dist/cli.js");

/** A `spark-relay worker` child process. */
export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL, and wait for the exit. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful), and wait for the exit. */
  stop(): Promise<void>;
}

/** Starts `node dist/cli.js worker` with the given environment (in an empty directory, so no .env is read) and waits until it is up. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
  const cwd = mkdtempSync(join(tmpdir(), "spark-worker-"));
  const child = spawn(process.execPath, [CLI, "worker"], {
    cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: cwd, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  child.stderr?.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 20_000;
  while (!out.includes("is up")) {
    if (child.exitCode !== null) throw new Error(`worker exited at start (${child.exitCode}): ${out}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`worker did not come up within 20 s: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { child, output: () => out, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}
