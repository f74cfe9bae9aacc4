import { ModelCancelledError } from "./types.js";

/** A fixed set of slots (context sequences) that callers borrow one at a time; callers beyond the set wait in order. */
export class SlotPool<T> {
  private readonly free: T[];
  private readonly waiters: { resolve: (slot: T) => void; reject: (error: Error) => void }[] = [];
  private closedError: Error | undefined;

  constructor(slots: T[]) {
    this.free = [...slots];
  }

  /** Callers currently waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves with a slot as soon as one is free; rejects with ModelCancelledError if the signal aborts first. */
  acquire(signal?: AbortSignal): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    if (signal?.aborted) return Promise.reject(new ModelCancelledError());
    const slot = this.free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        resolve: (s: T) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(s);
        },
        reject: (e: Error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
      };
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new ModelCancelledError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  /** Returns a slot: the longest waiter gets it, else it goes back on the free list. */
  release(slot: T): void {
    const next = this.waiters.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  /** Fails every waiter and every later acquire with the given error. */
  close(error: Error): void {
    this.closedError = error;
    for (const w of this.waiters.splice(0)) w.reject(error);
  }
}
