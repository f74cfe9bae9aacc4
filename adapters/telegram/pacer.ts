/** A token bucket: `burst` sends at once, then one every `everyMs`. */
export interface RateSpec {
  burst: number;
  everyMs: number;
}

/** Telegram's advice: about one message per second in a chat (short bursts tolerated). */
export const DEFAULT_CHAT_RATE: RateSpec = { burst: 3, everyMs: 1050 };
/** Telegram's advice: at most 20 messages per minute in a group. */
export const DEFAULT_GROUP_RATE: RateSpec = { burst: 19, everyMs: 3100 };

interface Bucket {
  tokens: number;
  at: number;
  blockedUntil: number;
}

/** Paces sends per chat (and per group) so the outbox rarely meets a 429; a 429 still blocks the chat for its retry_after. */
export interface ChatPacer {
  /** Waits until chat `chatId` may receive one more message, and takes that slot. */
  take(chatId: string, group: boolean): Promise<void>;
  /** Telegram said 429: no sends to this chat before `ms` from now. */
  block(chatId: string, ms: number): void;
}

/** Builds a pacer; `clock` and `sleep` are injectable for tests. */
export function createChatPacer(options: {
  chat?: RateSpec;
  group?: RateSpec;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}): ChatPacer {
  const chatRate = options.chat ?? DEFAULT_CHAT_RATE;
  const groupRate = options.group ?? DEFAULT_GROUP_RATE;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  const buckets = new Map<string, Bucket>();

  const bucket = (key: string, spec: RateSpec, now: number): Bucket => {
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: spec.burst, at: now, blockedUntil: 0 };
      buckets.set(key, b);
      if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value!);
    }
    const refill = Math.floor((now - b.at) / spec.everyMs);
    if (refill > 0) {
      b.tokens = Math.min(spec.burst, b.tokens + refill);
      b.at = b.tokens === spec.burst ? now : b.at + refill * spec.everyMs;
    }
    return b;
  };
  const waitFor = (b: Bucket, spec: RateSpec, now: number) =>
    Math.max(b.blockedUntil - now, b.tokens >= 1 ? 0 : b.at + spec.everyMs - now);

  return {
    async take(chatId, group) {
      for (;;) {
        const now = clock();
        const c = bucket(`c:${chatId}`, chatRate, now);
        const g = group ? bucket(`g:${chatId}`, groupRate, now) : undefined;
        const wait = Math.max(waitFor(c, chatRate, now), g ? waitFor(g, groupRate, now) : 0);
        if (wait <= 0) {
          c.tokens -= 1;
          if (g) g.tokens -= 1;
          return;
        }
        await sleep(Math.max(wait, 5));
      }
    },
    block(chatId, ms) {
      const b = bucket(`c:${chatId}`, chatRate, clock());
      b.blockedUntil = Math.max(b.blockedUntil, clock() + ms);
    },
  };
}
