import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalProvider } from "../../src/model/local.js";
import { localModeSettings, modeOfRequest } from "../../src/model/local-modes.js";
import { memoryShortfall, requiredMemoryBytes } from "../../src/model/memory.js";
import { ModelCancelledError, ModelMissingError, ModelNotSupportedError, ModelTimeoutError, type ChatMessage } from "../../src/model/types.js";

const MODEL = path.resolve(__dirname, "../../../shared/models/llama-2-tiny-random.gguf");
const logger = pino({ level: "silent" });
const messages: ChatMessage[] = [
  { role: "system", content: "You are a test." },
  { role: "user", content: "Say something." },
];

function provider(sequences: number): LocalProvider {
  return new LocalProvider({ modelPath: MODEL, logger, sequences, contextSize: 512, gpu: "off", threads: 1, timeoutMs: 60_000, maxTokens: 1024 });
}

describe("local model provider (tiny random GGUF)", { timeout: 60_000 }, () => {
  // One loaded model for the file, with a single sequence so concurrent calls must queue.
  const local = provider(1);
  beforeAll(async () => {
    const availability = await local.ready;
    expect(availability).toEqual({ ready: true, reason: undefined, vision: false, transcription: false });
  }, 60_000);
  afterAll(() => local.close());

  it("streams tokens through onDelta and counts them", async () => {
    const deltas: string[] = [];
    const result = await local.chat({ messages, maxTokens: 12 }, { onDelta: (t) => deltas.push(t) });
    expect(deltas.length).toBeGreaterThan(0);
    expect(result.text.length).toBeGreaterThan(0);
    expect(deltas.join("")).toBe(result.text);
    expect(result.usage.promptTokens).toBeGreaterThan(5);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
    expect(result.model).toBeTruthy();
  });

  it("stops at maxTokens with finishReason length", async () => {
    const result = await local.chat({ messages, maxTokens: 5 });
    expect(result.finishReason).toBe("length");
    expect(result.usage.completionTokens).toBeLessThanOrEqual(5);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
  });

  it("cancels promptly through the AbortSignal", async () => {
    const controller = new AbortController();
    let deltas = 0;
    const started = Date.now();
    const call = local.chat({ messages, maxTokens: 1000 }, {
      signal: controller.signal,
      onDelta: () => {
        deltas++;
        if (deltas === 2) controller.abort();
      },
    });
    await expect(call).rejects.toBeInstanceOf(ModelCancelledError);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The sequence went back to the pool: the next call still answers.
    const after = await local.chat({ messages, maxTokens: 3 });
    expect(after.usage.completionTokens).toBeGreaterThan(0);
  });

  it("queues concurrent calls on a pool of one sequence; both complete", async () => {
    const [a, b] = await Promise.all([local.chat({ messages, maxTokens: 6 }), local.chat({ messages: [{ role: "user", content: "Another." }], maxTokens: 6 })]);
    expect(a.text.length).toBeGreaterThan(0);
    expect(b.text.length).toBeGreaterThan(0);
  });

  it("a call waiting for a sequence can be cancelled while queued", async () => {
    let generating!: () => void;
    const started = new Promise<void>((resolve) => (generating = resolve));
    let firstDone = false;
    const first = local.chat({ messages, maxTokens: 300 }, { onDelta: () => generating() }).finally(() => (firstDone = true));
    await started;
    const controller = new AbortController();
    const queued = local.chat({ messages, maxTokens: 8 }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(ModelCancelledError);
    expect(firstDone).toBe(false);
    expect((await first).usage.completionTokens).toBeGreaterThan(0);
  });

  it("times out with ModelTimeoutError and frees the sequence", async () => {
    await expect(local.chat({ messages, maxTokens: 300 }, { timeoutMs: 30 })).rejects.toBeInstanceOf(ModelTimeoutError);
    expect((await local.chat({ messages, maxTokens: 3 })).usage.completionTokens).toBeGreaterThan(0);
  });

  it("constrains a json request to JSON with a grammar", async () => {
    const result = await local.chat({ messages, maxTokens: 24, json: true });
    expect(result.text.trimStart()).toMatch(/^\{/);
  });

  it("refuses images and transcription as not supported", async () => {
    const image: ChatMessage = { role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] };
    await expect(local.chat({ messages: [image] })).rejects.toBeInstanceOf(ModelNotSupportedError);
    await expect(local.transcribe()).rejects.toBeInstanceOf(ModelNotSupportedError);
  });
});

describe("local model refusals", () => {
  it("refuses to load when memory is short, with a one-line reason", async () => {
    const local = new LocalProvider({
      modelPath: MODEL,
      logger,
      sequences: 1,
      contextSize: 512,
      gpu: "off",
      timeoutMs: 10_000,
      maxTokens: 64,
      availableMemory: async () => 1024 * 1024,
    });
    const availability = await local.ready;
    expect(availability.ready).toBe(false);
    expect(availability.reason).toMatch(/not enough free memory.*MODEL_BASE_URL/);
    expect(availability.reason).not.toContain("\n");
    await expect(local.chat({ messages })).rejects.toBeInstanceOf(ModelMissingError);
    await local.close();
  });

  it("a call cancelled while the model is still loading returns at once", async () => {
    const fresh = provider(1);
    const controller = new AbortController();
    const call = fresh.chat({ messages, maxTokens: 4 }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(ModelCancelledError);
    expect((await fresh.ready).ready).toBe(true);
    await fresh.close();
    expect(fresh.availability().ready).toBe(false);
  });

  it("reports a missing file as not ready", async () => {
    const local = new LocalProvider({ modelPath: "/nonexistent/model.gguf", logger, sequences: 1, contextSize: 512, gpu: "off", timeoutMs: 1000, maxTokens: 64 });
    const availability = await local.ready;
    expect(availability).toMatchObject({ ready: false, vision: false, transcription: false });
    expect(availability.reason).toMatch(/MODEL_PATH/);
  });

  it("computes the memory need from file size and context", () => {
    expect(requiredMemoryBytes(1000, 500)).toBe(1800);
    expect(memoryShortfall(1800, 2000)).toBeNull();
    expect(memoryShortfall(2000 * 1024 * 1024, 1000 * 1024 * 1024)).toContain("2000 MB");
  });

  it("maps modes: instant short, thinking longer, both under the cap", () => {
    const instant = localModeSettings("instant", 1024);
    const thinking = localModeSettings("thinking", 1024);
    expect(instant.maxTokens).toBeLessThan(thinking.maxTokens);
    expect(localModeSettings("thinking", 100).maxTokens).toBe(100);
    expect(modeOfRequest({})).toBe("instant");
    expect(modeOfRequest({ reasoningEffort: "high" })).toBe("thinking");
  });
});
