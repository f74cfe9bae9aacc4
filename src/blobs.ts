import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { InvalidInputError } from "./errors.js";

/** Where media bytes live; jobs carry only the reference. Pluggable: an S3-compatible store implements the same three calls. */
export interface BlobStore {
  put(data: Uint8Array, meta: { mime: string; name?: string }): Promise<string>;
  get(ref: string): Promise<{ data: Uint8Array; mime: string; name?: string }>;
  /** Deletes blobs older than `maxAgeMs`; returns how many went. */
  expire(maxAgeMs: number): Promise<number>;
}

const REF = /^blob:([0-9a-f-]{36})$/;

/** Blobs as files under a directory (DATA_DIR/blobs); a directory shared by every host, or a networked store, for multi-host setups. */
export function createFileBlobStore(dir: string, clock: () => number = Date.now): BlobStore {
  const root = resolve(dir);
  const pathOf = (ref: string) => {
    const m = REF.exec(ref);
    if (!m) throw new InvalidInputError(`not a blob reference: ${ref.slice(0, 60)}`);
    return join(root, m[1]!);
  };
  return {
    async put(data, meta) {
      await mkdir(root, { recursive: true });
      const id = randomUUID();
      await writeFile(join(root, id), data);
      await writeFile(join(root, `${id}.json`), JSON.stringify({ mime: meta.mime, name: meta.name, at: clock() }));
      return `blob:${id}`;
    },
    async get(ref) {
      const path = pathOf(ref);
      const [data, metaRaw] = await Promise.all([readFile(path), readFile(`${path}.json`, "utf8")]);
      const meta = JSON.parse(metaRaw) as { mime: string; name?: string };
      return { data: new Uint8Array(data), mime: meta.mime, name: meta.name };
    },
    async expire(maxAgeMs) {
      let removed = 0;
      let names: string[];
      try {
        names = await readdir(root);
      } catch {
        return 0;
      }
      const cutoff = clock() - maxAgeMs;
      for (const name of names) {
        if (name.endsWith(".json")) continue;
        const path = join(root, name);
        const info = await stat(path).catch(() => undefined);
        if (info && info.mtimeMs < cutoff) {
          await rm(path, { force: true });
          await rm(`${path}.json`, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

/** Runs `store.expire(maxAgeMs)` now and then every `everyMs` (hourly by default); returns a stop function. */
export function startBlobExpiry(options: {
  store: BlobStore;
  maxAgeMs: number;
  everyMs?: number;
  onError?: (error: unknown) => void;
  onExpired?: (count: number) => void;
}): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = options.store
      .expire(options.maxAgeMs)
      .then((count) => {
        if (count > 0) options.onExpired?.(count);
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, options.everyMs ?? 3600_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
