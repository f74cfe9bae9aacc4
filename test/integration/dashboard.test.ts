import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRolloutStore } from "../../src/rollout/store.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const ADMIN_TOKEN = "test-admin-token-not-a-real-secret";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = resolve(__dirname, "../../test-artifacts");

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_TOKEN } });
  // Some traffic so the charts and metrics have data.
  const sse = await h.sse("dash-1");
  for (let i = 0; i < 3; i++) await h.postWeb("dash-1", `d${i}`, `hello ${i}`);
  await sse.waitFor((e) => e.event === "reply", 1, 15_000);
  sse.close();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe("metrics", () => {
  it("exposes messages, turns and latency with bounded labels after traffic", async () => {
    const res = await fetch(`${h.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/spark_messages_in_total\{channel="web",status="queued"\} [1-9]/);
    expect(text).toMatch(/spark_messages_out_total\{channel="web",kind="part"\} [1-9]/);
    expect(text).toMatch(/spark_turn_duration_seconds_bucket\{le="[^"]+",channel="web",mode="[a-z]+",cohort="[^"]+",model="[^"]+"\}/);
    expect(text).toMatch(/spark_model_tokens_total\{channel="web",model="[^"]+",cohort="[^"]+",type="completion"\} [1-9]/);
    expect(text).toMatch(/spark_queue_jobs\{queue="inbound",state="waiting"\}/);
    expect(text).toContain("spark_process_resident_memory_bytes");
    // No user, chat or conversation ids as labels.
    expect(text).not.toContain("dash-1");
  });
});

describe("operator dashboard in a real browser", () => {
  it("asks for the token, shows live charts with data, changes the rollout, and saves a screenshot", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const anonymous = await fetch(`${h.url}/admin/api/overview`);
    expect(anonymous.status).toBe(401);

    await page.goto(`${h.url}/admin`);
    await page.fill("#t", ADMIN_TOKEN);
    await page.click("button");
    await page.waitForSelector("#throughput");
    await page.waitForFunction(() => {
      const w = window as unknown as { __charts?: { throughput: { data: { datasets: Array<{ label: string; data: number[] }> } } } };
      const web = w.__charts?.throughput.data.datasets.find((d) => d.label === "web");
      return web !== undefined && web.data.reduce((a, b) => a + (b ?? 0), 0) >= 3;
    }, undefined, { timeout: 15_000 });
    const latencyPoints = await page.evaluate(() => {
      const w = window as unknown as { __charts: { latency: { data: { datasets: Array<{ label: string; data: Array<number | null> }> } } } };
      return w.__charts.latency.data.datasets.find((d) => d.label === "web")?.data.filter((v) => v !== null).length ?? 0;
    });
    expect(latencyPoints).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#queues tbody tr").count()).toBeGreaterThan(3);

    // A rollout change made through the page reaches Redis.
    const row = page.locator('#rollout tr[data-channel="telegram"]');
    await row.locator('input[name="percent"]').fill("25");
    await row.locator("button[data-save]").click();
    await page.waitForSelector("#rollout-msg:has-text('Saved telegram')");
    const table = await createRolloutStore(h.relay.redis).readAll();
    expect(table.telegram.percent).toBe(25);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, "dashboard.png"), fullPage: true });

    // The phone layout stacks the cards.
    await page.setViewportSize({ width: 390, height: 844 });
    // Chart.js resizes its canvases on the next animation frames.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(390);
    await page.screenshot({ path: resolve(ARTIFACTS, "dashboard-phone.png"), fullPage: true });
    await page.close();
  });

  it("mounts the queue browser behind the same guard", async () => {
    expect((await fetch(`${h.url}/admin/queues`)).status).toBe(401);
    const ok = await fetch(`${h.url}/admin/queues`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(ok.status).toBe(200);
    const api = await fetch(`${h.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain("outbox-web");
  });
});
