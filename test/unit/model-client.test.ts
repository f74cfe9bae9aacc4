import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, scrubSecrets } from "../../src/logger.js";
import { OpenAIProvider } from "../../src/model/openai.js";
import { ModelAuthError, ModelCancelledError, ModelRateLimitError, ModelTimeoutError, ModelUnavailableError } from "../../src/model/types.js";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai.js";

let fake: FakeOpenAI;
const logger = createLogger({ level: "silent" });
const slept: number[] = [];
const provider = (extra: Partial<ConstructorParameters<typeof OpenAIProvider>[0]> = {}) =>
  new OpenAIProvider({
    baseUrl: fake.url,
    model: "main-model",
    timeoutMs: 1500,
    maxRetries: 2,
    logger,
    sleep: async (ms) => void slept.push(ms),
    ...extra,
  });
const ask = { messages: [{ role: "user" as const, content: "hi" }] };

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});

describe("OpenAI-compatible model client", () => {
  it("streams deltas and reports usage", async () => {
    fake.setResponder(() => ({ text: "a fairly long streamed answer" }));
    const deltas: string[] = [];
    const r = await provider().chat(ask, { onDelta: (t) => deltas.push(t) });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe("a fairly long streamed answer");
    expect(r).toMatchObject({ text: "a fairly long streamed answer", finishReason: "stop", attempts: 1, usedFallback: false });
    expect(r.usage.completionTokens).toBeGreaterThan(0);
    expect(fake.requests.at(-1)!.body).toMatchObject({ model: "main-model", stream: true, stream_options: { include_usage: true } });
  });

  it("honours Retry-After on 429 and then answers", async () => {
    slept.length = 0;
    let n = 0;
    fake.setResponder(() => (n++ === 0 ? { status: 429, retryAfterS: 7 } : { text: "ok" }));
    const r = await provider().chat(ask);
    expect(r.attempts).toBe(2);
    expect(slept).toEqual([7000]);
  });

  it("retries a stream broken half-way from scratch, telling the caller to discard what streamed", async () => {
    let n = 0;
    fake.setResponder(() => (n++ === 0 ? { text: "this will break in the middle of it", breakAfterChunks: 1 } : { text: "whole answer" }));
    const retries: string[] = [];
    const r = await provider().chat(ask, { onRetry: (_a, e) => retries.push(e.code) });
    expect(r.text).toBe("whole answer");
    expect(retries).toEqual(["model_unavailable"]);
  });

  it("falls back to the fallback model after the main one keeps failing", async () => {
    fake.setResponder((req) => (req.body.model === "main-model" ? { status: 503 } : { text: "from fallback" }));
    const r = await provider({ fallbackModel: "backup-model" }).chat(ask);
    expect(r).toMatchObject({ text: "from fallback", usedFallback: true, attempts: 4 });
    expect(fake.requests.slice(-4).map((q) => q.body.model)).toEqual(["main-model", "main-model", "main-model", "backup-model"]);
  });

  it("times out a hung call and gives up with a clear error", async () => {
    fake.setResponder(() => ({ hang: true }));
    await expect(provider({ maxRetries: 0, timeoutMs: 300 }).chat(ask)).rejects.toBeInstanceOf(ModelTimeoutError);
  });

  it("does not retry a bad key", async () => {
    const before = fake.requests.length;
    fake.setResponder(() => ({ status: 401 }));
    await expect(provider().chat(ask)).rejects.toBeInstanceOf(ModelAuthError);
    expect(fake.requests.length - before).toBe(1);
  });

  it("reports exhausted retries as the last error", async () => {
    fake.setResponder(() => ({ status: 429 }));
    await expect(provider({ maxRetries: 1 }).chat(ask)).rejects.toBeInstanceOf(ModelRateLimitError);
    fake.setResponder(() => ({ status: 500 }));
    await expect(provider({ maxRetries: 1 }).chat(ask)).rejects.toBeInstanceOf(ModelUnavailableError);
  });

  it("cancels when the caller aborts", async () => {
    fake.setResponder(() => ({ text: "slow slow slow slow slow slow", chunkDelayMs: 200 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await expect(provider().chat(ask, { signal: controller.signal })).rejects.toBeInstanceOf(ModelCancelledError);
  });
});

describe("logs", () => {
  it("redact secrets by field and by shape", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ level: "info", destination: sink as never });
    log.info({ token: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789ab", config: { model: { apiKey: "sk-live-secret-value-000000" } }, headers: { authorization: "Bearer abc" } }, "starting");
    const out = lines.join("");
    expect(out).not.toContain("ABCdefGHI");
    expect(out).not.toContain("sk-live-secret");
    expect(out).not.toContain("Bearer abc");
    expect(out).toContain("[redacted]");
    expect(scrubSecrets("url https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ/getMe")).not.toContain("AAHdqTcv");
  });
});
