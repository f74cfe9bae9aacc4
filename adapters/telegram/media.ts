import type { Logger } from "pino";
import type { Telegram } from "telegraf";
import type { BlobStore } from "../../src/blobs.js";
import type { Attachment } from "../../src/message.js";
import type { MediaRef } from "./inbound.js";

/** The Bot API's own download cap for bots (20 MB). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What media fetching needs. */
export interface MediaFetcher {
  telegram: Telegram;
  token: string;
  apiRoot: string;
  blobs: BlobStore;
  maxBytes: number;
  fetch: typeof fetch;
  logger: Logger;
  timeoutMs?: number;
}

class TooLarge extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new TooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Downloads one file through `getFile` and `<apiRoot>/file/bot<token>/<path>`, refusing anything above the cap. */
async function download(f: MediaFetcher, fileId: string): Promise<Uint8Array> {
  const file = await f.telegram.getFile(fileId);
  if (file.file_size !== undefined && file.file_size > f.maxBytes) throw new TooLarge();
  if (!file.file_path) throw new Error("getFile returned no file_path");
  const root = f.apiRoot.replace(/\/+$/, "");
  const url = `${root}/file/bot${f.token}/${file.file_path.split("/").map(encodeURIComponent).join("/")}`;
  const response = await f.fetch(url, { signal: AbortSignal.timeout(f.timeoutMs ?? 60_000) });
  if (!response.ok) throw new Error(`file download answered ${response.status}`);
  return readCapped(response, f.maxBytes);
}

/** Fetches one media item into the blob store; never throws: a failure becomes a `skipped` attachment. */
export async function fetchMedia(f: MediaFetcher, ref: MediaRef): Promise<Attachment> {
  const base = { kind: ref.kind, mime: ref.mime.slice(0, 200), size: ref.size, ...(ref.name ? { name: ref.name.slice(0, 500) } : {}) };
  if (ref.unsupported || !ref.fileId) return { ...base, blobRef: "", skipped: "unsupported" };
  if (ref.size > f.maxBytes) return { ...base, blobRef: "", skipped: "too_large" };
  try {
    const data = await download(f, ref.fileId);
    const blobRef = await f.blobs.put(data, { mime: ref.mime, ...(ref.name ? { name: ref.name } : {}) });
    return { ...base, size: data.byteLength, blobRef };
  } catch (error) {
    if (error instanceof TooLarge) return { ...base, blobRef: "", skipped: "too_large" };
    f.logger.warn({ err: error instanceof Error ? { message: error.message.replace(f.token, "[redacted]") } : undefined, kind: ref.kind }, "telegram media download failed");
    return { ...base, blobRef: "", skipped: "download_failed" };
  }
}
