import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileBlobStore, startBlobExpiry } from "../../src/blobs.js";
import { loadConfig } from "../../src/config.js";
import { ConfigError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { OpenAIProvider } from "../../src/model/openai.js";
import { classifyMode } from "../../workers/modes/router.js";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai.js";

describe("mode and media configuration", () => {
  it("reads a default mode per channel and the budgets", () => {
    const config = loadConfig({ MODE_DEFAULT_TELEGRAM: "thinking", CONTEMPLATE_MAX_AGENTS: "5", BLOB_TTL_HOURS: "2", MEDIA_MAX_IMAGE_MB: "3" });
    expect(config.modes.defaults).toMatchObject({ telegram: "thinking", web: "auto", discord: "auto" });
    expect(config.modes.contemplate).toMatchObject({ maxAgents: 5, tokenBudget: 16_000, timeBudgetMs: 90_000 });
    expect(config.modes.reasoningEffort).toBe("medium");
    expect(config.media).toMatchObject({ blobTtlMs: 2 * 3600_000, maxImageBytes: 3 * 1024 * 1024, maxImages: 4, visionAllowMain: false });
  });

  it("names a bad mode default", () => {
    expect(() => loadConfig({ MODE_DEFAULT_WEB: "turbo" })).toThrow(ConfigError);
    expect(() => loadConfig({ MODE_DEFAULT_WEB: "turbo" })).toThrow(/MODE_DEFAULT_WEB: must be one of auto, instant, thinking, contemplating/);
  });
});

describe("blob expiry", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spark-blobs-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("removes blobs older than the TTL on start and keeps fresh ones", async () => {
    const store = createFileBlobStore(dir);
    const old = await store.put(new Uint8Array([1]), { mime: "image/png" });
    const fresh = await store.put(new Uint8Array([2]), { mime: "image/png" });
    const past = new Date(Date.now() - 3 * 3600_000);
    utimesSync(join(dir, old.slice("blob:".length)), past, past);
    const expired: number[] = [];
    const stop = startBlobExpiry({ store, maxAgeMs: 3600_000, onExpired: (n) => expired.push(n) });
    await stop();
    expect(expired).toEqual([1]);
    await expect(store.get(old)).rejects.toThrow();
    expect((await store.get(fresh)).data).toEqual(new Uint8Array([2]));
  });
});

describe("classifier call", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => fake.close());

  it("asks for JSON and uses a valid verdict, ignoring nonsense", async () => {
    const model = new OpenAIProvider({ baseUrl: fake.url, model: "fake-small", timeoutMs: 2000, maxRetries: 0, logger: createLogger({ level: "silent" }) });
    fake.setResponder(() => ({ text: '{"mode":"contemplating"}' }));
    expect(await classifyMode({ model, text: "plan my trip" })).toBe("contemplating");
    expect(fake.requests.at(-1)!.body.response_format).toEqual({ type: "json_object" });
    fake.setResponder(() => ({ text: '{"mode":"ultra"}' }));
    expect(await classifyMode({ model, text: "plan my trip" })).toBeUndefined();
    fake.setResponder(() => ({ status: 400 }));
    expect(await classifyMode({ model, text: "plan my trip" })).toBeUndefined();
  });
});
