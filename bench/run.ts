import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config.js";
import { connectRedis, startPrivateRedis } from "../src/redis.js";
import { benchBurst, benchFirstDelta, benchOverhead, benchThroughput, startBenchRelay } from "./pipeline.js";
import { benchRawBullmq, benchRawThreeHops } from "./raw.js";
import { benchSafety } from "./safety.js";

/** Goals the figures are checked against. */
const GOALS = { ratio: 0.4, overheadP99Ms: 10, firstDeltaMs: 250, callsPerBurst: 1, rssIdleMb: 200 };
const quick = process.env.BENCH_QUICK === "1";
const sizes = quick
  ? { rawJobs: 3000, pipelineMsgs: 800, overheadSeconds: 2, firstDeltaSamples: 8, bursts: 3 }
  : { rawJobs: 20000, pipelineMsgs: 10000, overheadSeconds: 15, firstDeltaSamples: 30, bursts: 10 };
const PRODUCERS = 64;
const RATE = 200;
const LIGHT_RATE = 20;
const DEBOUNCE_MS = 1000;
const TTFT_MS = 100;

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const started = Date.now();
  const redisDir = mkdtempSync(join(tmpdir(), "spark-bench-redis-"));
  const redis = await startPrivateRedis({ dir: redisDir, persist: false });
  const admin = connectRedis(redis.url);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const concurrency = loadConfig({}).turn.concurrency;
    console.error(`bench: ${quick ? "quick" : "full"} run, worker concurrency ${concurrency}`);
    const raw = await benchRawBullmq({ redisUrl: redis.url, jobs: sizes.rawJobs, concurrency, producers: PRODUCERS });
    const threeHops = await benchRawThreeHops({ redisUrl: redis.url, jobs: sizes.pipelineMsgs, concurrency, producers: PRODUCERS });
    await admin.flushall();

    const fast = await startBenchRelay(redis.url);
    await new Promise((r) => setTimeout(r, 1500));
    globalThis.gc?.();
    const rssIdle = process.memoryUsage().rss;
    peakRss = rssIdle;
    await benchThroughput(fast, 200, PRODUCERS, "warm");
    const pipeline = await benchThroughput(fast, sizes.pipelineMsgs, PRODUCERS);
    const light = await benchOverhead(fast, LIGHT_RATE, sizes.overheadSeconds, "light");
    const overhead = await benchOverhead(fast, RATE, sizes.overheadSeconds);
    const rssLoad = peakRss;
    await fast.stop();
    await admin.flushall();

    const chat = await startBenchRelay(redis.url, { DEBOUNCE_MS_WEB: String(DEBOUNCE_MS) });
    chat.model.ttftMs = TTFT_MS;
    const firstDelta = await benchFirstDelta(chat, DEBOUNCE_MS, sizes.firstDeltaSamples);
    const callsPerBurst = await benchBurst(chat, sizes.bursts);
    await chat.stop();

    const safety = benchSafety(quick ? 2 : 10);

    const results = {
      at: new Date().toISOString(),
      quick,
      node: process.version,
      worker_concurrency: concurrency,
      bullmq_noop_jobs_per_s: round(raw, 0),
      bullmq_three_hops_msgs_per_s: round(threeHops, 0),
      three_hops_to_raw_ratio: round(threeHops / raw, 3),
      pipeline_msgs_per_s: round(pipeline, 0),
      pipeline_to_raw_ratio: round(pipeline / raw, 3),
      overhead_offered_msgs_per_s: RATE,
      overhead_p50_ms: round(overhead.p50),
      overhead_p99_ms: round(overhead.p99),
      overhead_max_ms: round(overhead.max),
      overhead_samples: overhead.samples,
      overhead_light_offered_msgs_per_s: LIGHT_RATE,
      overhead_light_p50_ms: round(light.p50),
      overhead_light_p99_ms: round(light.p99),
      first_delta_ms: round(firstDelta.p50),
      first_delta_max_ms: round(firstDelta.max),
      first_delta_ttft_ms: TTFT_MS,
      first_delta_debounce_ms: DEBOUNCE_MS,
      model_calls_per_burst: round(callsPerBurst),
      safety_messages: safety.messages,
      safety_rules_ms_per_msg: round(safety.rulesMsPerMessage, 3),
      safety_rules_and_model_ms_per_msg: round(safety.learnedMsPerMessage, 3),
      safety_model_load_ms: round(safety.modelLoadMs, 0),
      rss_mb_idle: mb(rssIdle),
      rss_mb_load: mb(rssLoad),
      duration_s: round((Date.now() - started) / 1000, 1),
    };
    printTable(results);
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench", "results", `${results.at.replace(/[:.]/g, "-")}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten: ${file}`);
  } finally {
    clearInterval(sampler);
    admin.disconnect();
    await redis.stop();
    rmSync(redisDir, { recursive: true, force: true });
  }
}

function printTable(r: Record<string, number | string | boolean>): void {
  const rows: Array<[string, string, string, boolean | undefined]> = [
    ["raw BullMQ no-op (jobs/s)", String(r.bullmq_noop_jobs_per_s), "", undefined],
    ["raw BullMQ, 3 no-op hops (msgs/s)", String(r.bullmq_three_hops_msgs_per_s), "", undefined],
    ["  ratio to raw", String(r.three_hops_to_raw_ratio), "", undefined],
    ["pipeline (msgs/s)", String(r.pipeline_msgs_per_s), `>= ${GOALS.ratio} x raw`, Number(r.pipeline_to_raw_ratio) >= GOALS.ratio],
    ["  ratio to raw", String(r.pipeline_to_raw_ratio), "", undefined],
    [`overhead p50 @ ${RATE}/s (ms)`, String(r.overhead_p50_ms), "", undefined],
    [`overhead p99 @ ${RATE}/s (ms)`, String(r.overhead_p99_ms), `<= ${GOALS.overheadP99Ms}`, Number(r.overhead_p99_ms) <= GOALS.overheadP99Ms],
    [`overhead p50 @ ${LIGHT_RATE}/s (ms)`, String(r.overhead_light_p50_ms), "", undefined],
    [`overhead p99 @ ${LIGHT_RATE}/s (ms)`, String(r.overhead_light_p99_ms), "", undefined],
    ["first delta - TTFT - debounce (ms)", String(r.first_delta_ms), `<= ${GOALS.firstDeltaMs}`, Number(r.first_delta_ms) <= GOALS.firstDeltaMs],
    ["model calls per 5-message burst", String(r.model_calls_per_burst), `= ${GOALS.callsPerBurst}`, Number(r.model_calls_per_burst) === GOALS.callsPerBurst],
    ["safety check, rules (ms/msg)", String(r.safety_rules_ms_per_msg), "", undefined],
    ["safety check, rules + model (ms/msg)", String(r.safety_rules_and_model_ms_per_msg), "", undefined],
    ["safety model load (ms)", String(r.safety_model_load_ms), "", undefined],
    ["RSS idle (MB)", String(r.rss_mb_idle), `<= ${GOALS.rssIdleMb}`, Number(r.rss_mb_idle) <= GOALS.rssIdleMb],
    ["RSS under load (MB)", String(r.rss_mb_load), "", undefined],
  ];
  const w = [36, 12, 16];
  console.log(`${"metric".padEnd(w[0]!)}${"value".padStart(w[1]!)}  ${"goal".padEnd(w[2]!)}met`);
  for (const [name, value, goal, met] of rows) {
    console.log(`${name.padEnd(w[0]!)}${value.padStart(w[1]!)}  ${goal.padEnd(w[2]!)}${met === undefined ? "" : met ? "yes" : "NO"}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
