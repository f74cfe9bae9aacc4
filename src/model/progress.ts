import type { Logger } from "pino";
import { mb } from "./memory.js";

/** How far a download has got. */
export interface DownloadProgress {
  receivedBytes: number;
  /** Undefined when the server sent no length. */
  totalBytes: number | undefined;
}

/** Where the bar is drawn: a terminal stream (process.stderr) or anything with write(). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR_WIDTH = 28;

function percentOf(p: DownloadProgress): number | undefined {
  return p.totalBytes ? Math.min(100, Math.floor((p.receivedBytes / p.totalBytes) * 100)) : undefined;
}

function barLine(label: string, p: DownloadProgress, bytesPerSecond: number): string {
  const pct = percentOf(p);
  const filled = pct === undefined ? 0 : Math.round((pct / 100) * BAR_WIDTH);
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
  const size = p.totalBytes ? `${mb(p.receivedBytes)} / ${mb(p.totalBytes)}` : mb(p.receivedBytes);
  return `${label} ${bar} ${pct ?? "?"}% ${size} ${mb(bytesPerSecond)}/s`;
}

/** A progress callback: on a TTY one line redrawn in place (at most every 100 ms); elsewhere a log line every 10 %. Call `done()` at the end. */
export function createProgressBar(options: { label: string; stream?: ProgressStream; logger: Logger; now?: () => number }) {
  const now = options.now ?? Date.now;
  const started = now();
  let lastDraw = 0;
  let lastDecile = -1;
  let drew = false;
  const tty = Boolean(options.stream?.isTTY);
  const update = (p: DownloadProgress): void => {
    const elapsed = Math.max(1, now() - started) / 1000;
    if (tty && options.stream) {
      const t = now();
      if (t - lastDraw < 100 && p.receivedBytes !== p.totalBytes) return;
      lastDraw = t;
      drew = true;
      options.stream.write(`\r${barLine(options.label, p, p.receivedBytes / elapsed)}\x1b[K`);
      return;
    }
    const pct = percentOf(p);
    const decile = pct === undefined ? -1 : Math.floor(pct / 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      options.logger.info({ receivedBytes: p.receivedBytes, totalBytes: p.totalBytes, percent: pct }, `${options.label}: ${pct}% of ${mb(p.totalBytes ?? 0)}`);
    }
  };
  const done = (): void => {
    if (drew && options.stream) options.stream.write("\n");
  };
  return { update, done };
}
