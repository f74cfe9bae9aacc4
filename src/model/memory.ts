import { readFile } from "node:fs/promises";
import os from "node:os";

/** A model file is mapped plus runtime buffers: weights take about 1.3 times the file size in RSS. */
export const MODEL_RSS_FACTOR = 1.3;

/** Context memory assumed when the GGUF metadata cannot be read for an estimate (256 MiB). */
export const DEFAULT_CONTEXT_BYTES = 256 * 1024 * 1024;

/** Reads how much memory the machine can give a new process, in bytes. */
export type MemoryProbe = () => Promise<number>;

/** MemAvailable from /proc/meminfo (counts reclaimable cache) where present, else os.freemem(). */
export async function availableMemoryBytes(): Promise<number> {
  try {
    const text = await readFile("/proc/meminfo", "utf8");
    const match = /^MemAvailable:\s+(\d+)\s+kB/m.exec(text);
    if (match?.[1]) return Number(match[1]) * 1024;
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return os.freemem();
}

/** Bytes the model needs resident: file size times the RSS factor plus its context (KV cache and compute buffers). */
export function requiredMemoryBytes(fileBytes: number, contextBytes: number): number {
  return Math.ceil(fileBytes * MODEL_RSS_FACTOR + contextBytes);
}

/** Megabytes, rounded, for messages. */
export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Null when the need fits; otherwise the one-line refusal an operator can act on. */
export function memoryShortfall(needBytes: number, availableBytes: number): string | null {
  if (availableBytes >= needBytes) return null;
  return (
    `not enough free memory for the local model: it needs about ${mb(needBytes)}, the machine has ${mb(availableBytes)} available; ` +
    "free memory, set MODEL_PATH to a smaller .gguf, lower MODEL_LOCAL_SEQUENCES / MODEL_LOCAL_CONTEXT_SIZE, or set MODEL_BASE_URL to use an API model"
  );
}
