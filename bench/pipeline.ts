import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { startRelay, type Relay } from "../src/main.js";
import { inboundId, type InboundMessageInput } from "../src/message.js";
import { createBenchChannel, createBenchModel, percentile, type BenchChannelLog, type BenchModel } from "./fixtures.js";
import { pump } from "./raw.js";

/** A relay in this process with the bench model and channel. */
export interface BenchRelay {
  relay: Relay;
  model: BenchModel;
  log: BenchChannelLog;
  /** Accepts one message; returns the performance.now() time just before intake. */
  send(conversation: string, messageId: string, text: string): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the all-in-one relay on `redisUrl` with the bench model and a recording channel in place of the web chat. */
export async function startBenchRelay(redisUrl: string, env: Record<string, string> = {}): Promise<BenchRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), "spark-bench-"));
  const config = loadConfig({ REDIS_URL: redisUrl, HOST: "127.0.0.1", PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env });
  const model = createBenchModel();
  const log: BenchChannelLog = { delivered: new Map(), firstDelta: new Map(), deliveries: 0 };
  const relay = await startRelay({
    config,
    role: { kind: "all" },
    logger: createLogger({ level: "silent" }),
    overrides: { model, channels: { web: createBenchChannel(log) } },
  });
  return {
    relay,
    model,
    log,
    async send(conversation, messageId, text) {
      const t = performance.now();
      const now = Date.now();
      const message: InboundMessageInput = {
        id: inboundId("web", conversation, messageId),
        channel: "web",
        conversationId: `web:${conversation}`,
        chat: { id: conversation, type: "direct" },
        sender: { id: `u-${conversation}`, name: "bench" },
        text,
        sentAt: now,
        receivedAt: now,
      };
      await relay.intake.accept(message);
      return t;
    },
    async stop() {
      await relay.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `done()` or the deadline; throws on time-out. */
export async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Full path throughput: `count` messages, each in its own conversation, as fast as intake takes them. */
export async function benchThroughput(b: BenchRelay, count: number, producers: number, prefix = "tp"): Promise<number> {
  const start = b.log.deliveries;
  const t0 = performance.now();
  await pump(count, producers, (i) => b.send(`${prefix}-${i}`, "m1", `${prefix} ${i}`));
  await until(() => b.log.deliveries - start >= count, 120_000, "throughput deliveries");
  return count / ((performance.now() - t0) / 1000);
}

/** Intake-to-delivery minus model time at a fixed offered load. */
export async function benchOverhead(b: BenchRelay, ratePerS: number, seconds: number, prefix = "ov"): Promise<{ p50: number; p99: number; max: number; samples: number }> {
  const total = Math.round(ratePerS * seconds);
  const sentAt = new Map<string, number>();
  const pending: Array<Promise<unknown>> = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / ratePerS;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const conv = `${prefix}-${i}`;
    pending.push(b.send(conv, "m1", `${prefix} ${i}`).then((t) => sentAt.set(`web:${conv}:m1`, t)));
  }
  await Promise.all(pending);
  await until(() => [...sentAt.keys()].every((id) => b.log.delivered.has(id)), 60_000, "overhead deliveries");
  const modelMs = new Map(b.model.calls.map((c) => [c.conversationText, c.durationMs]));
  const overhead = [...sentAt.entries()].map(([id, t]) => {
    const i = id.split(":")[1]!.slice(prefix.length + 1);
    return b.log.delivered.get(id)! - t - (modelMs.get(`${prefix} ${i}`) ?? 0);
  });
  return { p50: percentile(overhead, 50), p99: percentile(overhead, 99), max: percentile(overhead, 100), samples: overhead.length };
}

/** Intake to the first delta at the channel, minus the model's TTFT and the debounce window (p50 and max over `samples`). */
export async function benchFirstDelta(b: BenchRelay, debounceMs: number, samples: number): Promise<{ p50: number; max: number }> {
  const sentAt = new Map<string, number>();
  await Promise.all(
    Array.from({ length: samples }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 40));
      sentAt.set(`web:fd-${i}`, await b.send(`fd-${i}`, "m1", `fd ${i}`));
    }),
  );
  await until(() => [...sentAt.keys()].every((c) => b.log.firstDelta.has(c)), 30_000, "first deltas");
  const values = [...sentAt.entries()].map(([c, t]) => b.log.firstDelta.get(c)! - t - b.model.ttftMs - debounceMs);
  return { p50: percentile(values, 50), max: percentile(values, 100) };
}

/** Model calls for bursts of 5 messages sent 50 ms apart within one conversation's debounce window (mean over `bursts`). */
export async function benchBurst(b: BenchRelay, bursts: number): Promise<number> {
  await Promise.all(
    Array.from({ length: bursts }, async (_, c) => {
      for (let m = 1; m <= 5; m++) {
        await b.send(`burst-${c}`, `m${m}`, `burst-${c} part ${m}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }),
  );
  await until(() => Array.from({ length: bursts }, (_, c) => `web:burst-${c}:m5`).every((id) => b.log.delivered.has(id)), 30_000, "burst replies");
  await new Promise((r) => setTimeout(r, 300));
  const calls = b.model.calls.filter((call) => call.conversationText.startsWith("burst-")).length;
  return calls / bursts;
}
