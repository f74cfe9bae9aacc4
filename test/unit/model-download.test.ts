import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ModelDownloadError, ensureModelFile, type ModelFileSpec } from "../../src/model/download.js";
import { createModelProvider } from "../../src/model/factory.js";
import { createProgressBar, type DownloadProgress } from "../../src/model/progress.js";
import { ModelMissingError } from "../../src/model/types.js";

const logger = pino({ level: "silent" });
const FILE = randomBytes(3 * 1024 * 1024 + 123);
const SHA = createHash("sha256").update(FILE).digest("hex");

/** Serves FILE at /model.gguf with Range support; `cutFirst` makes the first full transfer stop half-way by dropping the socket. */
interface FakeHost {
  url: string;
  requests: { range: string | undefined }[];
  cutFirst: boolean;
  body: Buffer;
}

let server: Server;
const host: FakeHost = { url: "", requests: [], cutFirst: false, body: FILE };

function serve(req: IncomingMessage, res: import("node:http").ServerResponse): void {
  const range = req.headers.range;
  host.requests.push({ range });
  const body = host.body;
  const match = /^bytes=(\d+)-$/.exec(range ?? "");
  const start = match ? Number(match[1]) : 0;
  if (start >= body.length) {
    res.writeHead(416, { "content-range": `bytes */${body.length}` }).end();
    return;
  }
  const headers = { "content-length": String(body.length - start), "content-type": "application/octet-stream", "accept-ranges": "bytes" };
  if (match) res.writeHead(206, { ...headers, "content-range": `bytes ${start}-${body.length - 1}/${body.length}` });
  else res.writeHead(200, headers);
  if (host.cutFirst && host.requests.length === 1) {
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(start, half), () => setTimeout(() => res.socket?.destroy(), 50));
    return;
  }
  res.end(body.subarray(start));
}

let dir: string;
beforeAll(async () => {
  server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/model.gguf`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "spark-model-dl-"));
  host.requests = [];
  host.cutFirst = false;
  host.body = FILE;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A port on 127.0.0.1 nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function spec(overrides: Partial<ModelFileSpec> = {}): ModelFileSpec {
  return { url: host.url, fileName: "model.gguf", bytes: FILE.length, sha256: SHA, ...overrides };
}

describe("model downloader", () => {
  it("downloads, reports progress, verifies and moves the file into place; later starts reuse it", async () => {
    const progress: DownloadProgress[] = [];
    const file = await ensureModelFile({ spec: spec(), dir, logger, onProgress: (p) => progress.push(p) });
    expect(file).toBe(path.join(dir, "model.gguf"));
    expect(Buffer.compare(await readFile(file), FILE)).toBe(0);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ receivedBytes: FILE.length, totalBytes: FILE.length });
    expect(await readdir(dir)).toEqual(["model.gguf"]);
    await ensureModelFile({ spec: spec(), dir, logger });
    expect(host.requests).toHaveLength(1);
  });

  it("resumes with a Range request after the connection is cut mid-way", async () => {
    host.cutFirst = true;
    const file = await ensureModelFile({ spec: spec(), dir, logger, retryDelayMs: 10 });
    expect(host.requests).toHaveLength(2);
    expect(host.requests[0]?.range).toBeUndefined();
    const resumeAt = Number(/^bytes=(\d+)-$/.exec(host.requests[1]?.range ?? "")?.[1]);
    expect(resumeAt).toBeGreaterThan(0);
    expect(resumeAt).toBeLessThan(FILE.length);
    expect(Buffer.compare(await readFile(file), FILE)).toBe(0);
  });

  it("resumes from a .part file left by an earlier run", async () => {
    const half = Math.floor(FILE.length / 2);
    await writeFile(path.join(dir, "model.gguf.part"), FILE.subarray(0, half));
    const file = await ensureModelFile({ spec: spec(), dir, logger });
    expect(host.requests).toEqual([{ range: `bytes=${half}-` }]);
    expect(Buffer.compare(await readFile(file), FILE)).toBe(0);
  });

  it("rejects a hash mismatch and leaves no bad file behind", async () => {
    host.body = Buffer.from(FILE);
    host.body[100] = (host.body[100] ?? 0) ^ 0xff;
    const call = ensureModelFile({ spec: spec(), dir, logger });
    await expect(call).rejects.toBeInstanceOf(ModelDownloadError);
    await expect(call).rejects.toThrow(/checksum/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("rejects a server offering a different size before downloading", async () => {
    await expect(ensureModelFile({ spec: spec({ bytes: FILE.length + 1 }), dir, logger })).rejects.toThrow(/different file/);
    expect(existsSync(path.join(dir, "model.gguf"))).toBe(false);
  });

  it("offline (connection refused) gives one clear line saying what to do", async () => {
    const port = await closedPort();
    const call = ensureModelFile({ spec: spec({ url: `http://127.0.0.1:${port}/model.gguf` }), dir, logger });
    await expect(call).rejects.toBeInstanceOf(ModelDownloadError);
    const error = (await call.catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/ECONNREFUSED.*MODEL_PATH.*MODEL_BASE_URL/);
    expect(error.message).not.toContain("\n");
  });
});

describe("progress bar", () => {
  it("redraws one line on a TTY", () => {
    const written: string[] = [];
    let t = 0;
    const bar = createProgressBar({ label: "dl", stream: { isTTY: true, write: (s: string) => written.push(s) }, logger, now: () => (t += 200) });
    bar.update({ receivedBytes: 0, totalBytes: 100 });
    bar.update({ receivedBytes: 50, totalBytes: 100 });
    bar.update({ receivedBytes: 100, totalBytes: 100 });
    bar.done();
    expect(written.slice(0, 3).every((s) => s.startsWith("\r") && !s.includes("\n"))).toBe(true);
    expect(written[1]).toContain("50%");
    expect(written.at(-1)).toBe("\n");
  });

  it("logs every 10% elsewhere", () => {
    const lines: string[] = [];
    const sink = pino({ level: "info" }, { write: (s: string) => lines.push(s) });
    const bar = createProgressBar({ label: "dl", stream: { isTTY: false, write: () => undefined }, logger: sink });
    for (let i = 0; i <= 1000; i += 7) bar.update({ receivedBytes: i, totalBytes: 1000 });
    bar.update({ receivedBytes: 1000, totalBytes: 1000 });
    expect(lines).toHaveLength(11);
  });
});

describe("provider factory without a model", () => {
  it("keeps running with a provider that says why when offline and no file", async () => {
    const config = loadConfig({ DATA_DIR: dir, MODEL_DOWNLOAD_URL: `http://127.0.0.1:${await closedPort()}/none.gguf` });
    const provider = await createModelProvider(config, logger, { progressStream: { write: () => undefined } });
    const availability = provider.availability();
    expect(availability.ready).toBe(false);
    expect(availability.reason).toMatch(/MODEL_PATH.*MODEL_BASE_URL/);
    await expect(provider.chat({ messages: [{ role: "user", content: "hi" }] })).rejects.toBeInstanceOf(ModelMissingError);
  });

  it("downloads from MODEL_DOWNLOAD_URL into DATA_DIR/models", async () => {
    host.body = Buffer.from("not a gguf");
    const config = loadConfig({ DATA_DIR: dir, MODEL_DOWNLOAD_URL: host.url, MODEL_DOWNLOAD_SHA256: createHash("sha256").update(host.body).digest("hex") });
    const provider = await createModelProvider(config, logger, { progressStream: { write: () => undefined } });
    expect((await stat(path.join(dir, "models", "model.gguf"))).size).toBe(host.body.length);
    // The bytes are no model: the provider reports that instead of crashing the service.
    expect(provider.availability()).toMatchObject({ ready: false });
    await provider.close();
  });
});
