/** Pacing that keeps an unofficial client's send pattern human-like (see the WhatsApp chapter of README.md). */
export interface PacerOptions {
  /** Minimum gap between two messages to the same chat. */
  perChatMs?: number;
  /** Random extra delay added to the per-chat gap (0..jitterMs). */
  jitterMs?: number;
  /** Minimum gap between any two messages. */
  globalGapMs?: number;
  /** At most this many messages in any 60-second window, across all chats. */
  globalPerMinute?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Default pacing: 1 s (+0-0.6 s jitter) per chat, 250 ms between any two sends, 40 messages a minute overall. */
export const DEFAULT_PACING = { perChatMs: 1000, jitterMs: 600, globalGapMs: 250, globalPerMinute: 40 } as const;

/** Waits for a send slot; slots are reserved synchronously, so concurrent callers never share one. */
export interface Pacer {
  wait(chatId: string): Promise<void>;
}

/** Builds the per-chat and global send pacer used before every WhatsApp message. */
export function createPacer(options: PacerOptions = {}): Pacer {
  const perChatMs = options.perChatMs ?? DEFAULT_PACING.perChatMs;
  const jitterMs = options.jitterMs ?? DEFAULT_PACING.jitterMs;
  const globalGapMs = options.globalGapMs ?? DEFAULT_PACING.globalGapMs;
  const perMinute = options.globalPerMinute ?? DEFAULT_PACING.globalPerMinute;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const lastByChat = new Map<string, number>();
  const recent: number[] = [];
  let lastGlobal = Number.NEGATIVE_INFINITY;

  return {
    async wait(chatId) {
      const now = clock();
      let at = Math.max(now, lastGlobal + globalGapMs, (lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + perChatMs + random() * jitterMs);
      while (recent.length > 0 && recent[0]! <= at - 60_000) recent.shift();
      if (recent.length >= perMinute) at = Math.max(at, recent[recent.length - perMinute]! + 60_000);
      lastGlobal = at;
      lastByChat.set(chatId, at);
      recent.push(at);
      if (lastByChat.size > 5000) {
        for (const [chat, t] of lastByChat) if (t < now - 60_000) lastByChat.delete(chat);
      }
      if (at > now) await sleep(at - now);
    },
  };
}
