import type { TurnEvent } from "../../src/events.js";

/** The final answer of a request, as the outbox delivered it. */
export interface ApiReply {
  text: string;
  meta: Record<string, string>;
}

/** What a waiting request hears about its turn. */
export interface Waiter {
  onDelta(text: string): void;
  onReset(): void;
  onReply(reply: ApiReply): void;
}

/** The requests this process holds open, by conversation id; events for other processes' requests are ignored. */
export class PendingRequests {
  private readonly waiting = new Map<string, Waiter>();

  /** Registers a waiting request (before its message is queued, so no event can be missed). */
  add(conversationId: string, waiter: Waiter): void {
    this.waiting.set(conversationId, waiter);
  }

  remove(conversationId: string): void {
    this.waiting.delete(conversationId);
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Routes a live turn event (delta, reset, reply) to the request it belongs to. */
  dispatch(event: TurnEvent): void {
    const waiter = this.waiting.get(event.conversationId);
    if (!waiter) return;
    if (event.type === "delta") waiter.onDelta(event.text);
    else if (event.type === "reset") waiter.onReset();
    else if (event.type === "reply") waiter.onReply({ text: event.text, meta: event.meta ?? {} });
  }

  /** Fails every waiting request (shutdown). */
  closeAll(): void {
    for (const w of this.waiting.values()) w.onReply({ text: "", meta: { turnKind: "shutdown" } });
    this.waiting.clear();
  }
}
