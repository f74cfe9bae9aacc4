import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";

const MODEL = path.resolve(__dirname, "../../../shared/models/llama-2-tiny-random.gguf");

// The embedded model instead of an API: no MODEL_BASE_URL, MODEL_PATH at the tiny test GGUF, budgets sized for a slow CPU.
const localEnv = {
  MODEL_BASE_URL: "",
  MODEL_PATH: MODEL,
  MODEL_MAX_TOKENS: "16",
  MODEL_TIMEOUT_MS: "60000",
  MODEL_LOCAL_SEQUENCES: "1",
  MODEL_LOCAL_CONTEXT_SIZE: "512",
  MODEL_LOCAL_GPU: "off",
  MODEL_LOCAL_THREADS: "1",
  TURN_LOCK_MS: "60000",
};

let h: Harness;
beforeAll(async () => {
  // No override: the relay builds the embedded model from config, in the background, as in production.
  h = await startHarness({ env: localEnv });
  const deadline = Date.now() + 90_000;
  while (!h.relay.model?.availability().ready) {
    if (Date.now() > deadline) throw new Error(`local model not ready: ${h.relay.model?.availability().reason}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe("web chat answered by the embedded local model", { timeout: 120_000 }, () => {
  it("streams deltas and delivers the reply through the queues", async () => {
    expect(h.relay.model?.kind).toBe("local");
    expect(h.relay.model?.availability()).toMatchObject({ ready: true, vision: false, transcription: false });
    const sse = await h.sse("conv-local");
    const posted = await h.postWeb("conv-local", "m1", "hello local model");
    expect(posted.status).toBe(202);
    const [reply] = await sse.waitFor((e) => e.event === "reply", 1, 110_000);
    const text = (JSON.parse(reply!.data) as { text: string }).text;
    const deltas = sse.events.filter((e) => e.event === "delta").map((e) => (JSON.parse(e.data) as { text: string }).text);
    expect(deltas.length).toBeGreaterThan(0);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(deltas.join("").trim());
    // The API model was never asked.
    expect(h.fake.requests).toHaveLength(0);
    sse.close();
  });
});
