import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Logger } from "pino";
import type { DownloadProgress } from "./progress.js";
import { ModelError } from "./types.js";

/**
 * The default embedded model: Qwen2.5-0.5B-Instruct, Q4_K_M, from Qwen's own GGUF repository (Apache-2.0).
 * The URL pins the repository revision so the size and SHA-256 below stay true for it.
 */
export const DEFAULT_LOCAL_MODEL = {
  name: "Qwen2.5-0.5B-Instruct (Q4_K_M)",
  fileName: "qwen2.5-0.5b-instruct-q4_k_m.gguf",
  url: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/9217f5db79a29953eb74d5343926648285ec7e67/qwen2.5-0.5b-instruct-q4_k_m.gguf",
  bytes: 491_400_032,
  sha256: "74a4da8c9fdbcd15bd1f6d01d621410d31c6fc00986f5eb687824e7b93d7a9db",
  licence: "Apache-2.0",
} as const;

/** What to fetch and how to know it arrived whole. */
export interface ModelFileSpec {
  url: string;
  fileName: string;
  /** Exact size; when absent the server's length is trusted. */
  bytes?: number;
  /** Lower-case hex SHA-256; when absent only the size is checked. */
  sha256?: string;
}

/** The model file could not be obtained; `message` is one line saying what to do. */
export class ModelDownloadError extends ModelError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "model_download", false, options);
  }
}

/** Options of ensureModelFile. */
export interface EnsureModelFileOptions {
  spec: ModelFileSpec;
  /** Where models live: DATA_DIR/models. */
  dir: string;
  logger: Logger;
  fetch?: typeof fetch;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Extra attempts after a transfer broke off mid-way; each resumes from the bytes on disk. */
  retries?: number;
  retryDelayMs?: number;
}

const OFFLINE_HINT = "set MODEL_PATH to a local .gguf file, or MODEL_BASE_URL to an OpenAI-compatible API";

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined;
  }
}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Returns the path of the model file, downloading it first (resumable, verified, moved into place atomically) when it is not there yet. */
export async function ensureModelFile(options: EnsureModelFileOptions): Promise<string> {
  const { spec, dir, logger } = options;
  const target = path.join(dir, spec.fileName);
  const existing = await sizeOf(target);
  if (existing !== undefined && (spec.bytes === undefined || existing === spec.bytes)) return target;
  if (existing !== undefined) logger.warn({ file: target, size: existing, expected: spec.bytes }, "model file has the wrong size; downloading it again");
  await mkdir(dir, { recursive: true });
  const part = `${target}.part`;
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      await transfer(options, part);
      break;
    } catch (error) {
      if (!(error instanceof TransferBrokeError) || attempt >= retries || options.signal?.aborted) throw unwrap(error);
      logger.warn({ attempt: attempt + 1, err: error.cause }, "model download interrupted; resuming");
      await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 1000) * (attempt + 1)));
    }
  }
  await verify(spec, part);
  await rename(part, target);
  logger.info({ file: target }, "model downloaded and verified");
  return target;
}

/** A transfer that started and broke off: worth resuming. */
class TransferBrokeError extends Error {}

function unwrap(error: unknown): unknown {
  return error instanceof TransferBrokeError ? new ModelDownloadError(`model download kept breaking off (${describe(error.cause)}); start again to resume, or ${OFFLINE_HINT}`, { cause: error.cause }) : error;
}

function describe(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.message : String(error);
}

async function open(options: EnsureModelFileOptions, offset: number): Promise<Response> {
  const url = new URL(options.spec.url);
  try {
    return await (options.fetch ?? fetch)(url, { headers: offset > 0 ? { range: `bytes=${offset}-` } : {}, signal: options.signal, redirect: "follow" });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ModelDownloadError(`no local model file, and downloading it from ${url.host} failed (${describe(error)}): ${OFFLINE_HINT}`, { cause: error });
  }
}

/** Where the body starts in the file and the whole file's size, from the status and headers. */
function placement(response: Response, offset: number): { start: number; total: number | undefined } {
  const length = Number(response.headers.get("content-length") ?? NaN);
  if (response.status === 206) {
    const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
    if (!match || Number(match[1]) !== offset) throw new ModelDownloadError(`model server answered the resume request with a different range (${response.headers.get("content-range")}); delete the .part file and start again`);
    return { start: offset, total: match[2] === "*" ? (Number.isFinite(length) ? offset + length : undefined) : Number(match[2]) };
  }
  return { start: 0, total: Number.isFinite(length) ? length : undefined };
}

async function transfer(options: EnsureModelFileOptions, part: string): Promise<void> {
  const { spec } = options;
  let offset = (await sizeOf(part)) ?? 0;
  if (spec.bytes !== undefined && offset === spec.bytes) return;
  if (spec.bytes !== undefined && offset > spec.bytes) {
    await rm(part, { force: true });
    offset = 0;
  }
  const response = await open(options, offset);
  if (response.status === 416 && offset > 0) return; // Nothing left to send: the part is complete (verify decides).
  if (!response.ok || !response.body) {
    throw new ModelDownloadError(`model download failed: HTTP ${response.status} from ${new URL(spec.url).host}; ${OFFLINE_HINT}`);
  }
  const { start, total } = placement(response, offset);
  if (spec.bytes !== undefined && total !== undefined && total !== spec.bytes) {
    await response.body.cancel();
    throw new ModelDownloadError(`model server offers ${total} bytes, expected ${spec.bytes}: the URL serves a different file; ${OFFLINE_HINT}`);
  }
  let received = start;
  const report = options.onProgress;
  report?.({ receivedBytes: received, totalBytes: total });
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      async function* (source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          received += chunk.length;
          report?.({ receivedBytes: received, totalBytes: total });
          yield chunk;
        }
      },
      createWriteStream(part, { flags: start > 0 ? "a" : "w" }),
    );
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new TransferBrokeError("transfer broke off", { cause: error });
  }
  if (total !== undefined && received < total) throw new TransferBrokeError("transfer ended early", { cause: new Error(`got ${received} of ${total} bytes`) });
}

async function verify(spec: ModelFileSpec, part: string): Promise<void> {
  const size = (await sizeOf(part)) ?? 0;
  if (spec.bytes !== undefined && size !== spec.bytes) {
    await rm(part, { force: true });
    throw new ModelDownloadError(`downloaded model has ${size} bytes, expected ${spec.bytes}; removed it, start again to retry`);
  }
  if (spec.sha256 === undefined) return;
  const actual = await sha256File(part);
  if (actual !== spec.sha256.toLowerCase()) {
    await rm(part, { force: true });
    throw new ModelDownloadError(`downloaded model failed its checksum (sha256 ${actual}, expected ${spec.sha256}); removed it, start again to retry`);
  }
}
