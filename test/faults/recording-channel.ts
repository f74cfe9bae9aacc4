import { createWebAdapter } from "../../adapters/web/index.js";
import type { ChannelAdapter, ChannelContext, DeliveryLedger } from "../../src/channel.js";
import { PlatformRateLimitError } from "../../src/errors.js";
import type { TurnEvent } from "../../src/events.js";
import type { OutboundMessage } from "../../src/message.js";

/** One piece the "platform" accepted. */
export interface PostedPiece {
  replyTo: string | undefined;
  conversationId: string;
  turnId: string;
  text: string;
  at: number;
}

/** What the recording channel saw. */
export interface ChannelRecord {
  posted: PostedPiece[];
  events: TurnEvent[];
  sendCalls: number;
  rateLimited: number;
}

/** Options of the recording channel. */
export interface RecordingOptions {
  /** Split each part into this many platform messages (each one a ledger piece). */
  pieces?: number;
  /** Throw a 429 with this retry-after on every second platform send. */
  rateLimitEverySecondMs?: number;
}

/**
 * The real web adapter (routes, SSE) whose deliveries also go to an in-memory "platform" that records every
 * posted piece, honours the ledger per piece, and can answer 429 on every second send.
 */
export function recordingWebChannel(record: ChannelRecord, options: RecordingOptions = {}): (context: ChannelContext) => ChannelAdapter {
  return (context) => {
    const web = createWebAdapter({ context });
    let platformSends = 0;
    const post = async (message: OutboundMessage, ledger: DeliveryLedger): Promise<string[]> => {
      const n = options.pieces ?? 1;
      const size = Math.ceil(message.text.length / n);
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        if (await ledger.sent(i)) continue;
        platformSends++;
        if (options.rateLimitEverySecondMs !== undefined && platformSends % 2 === 0) {
          record.rateLimited++;
          throw new PlatformRateLimitError("web", options.rateLimitEverySecondMs);
        }
        const text = n === 1 ? message.text : message.text.slice(i * size, (i + 1) * size);
        record.posted.push({ replyTo: message.replyTo, conversationId: message.conversationId, turnId: message.turnId, text, at: Date.now() });
        const id = `p${record.posted.length}`;
        await ledger.markSent(i, id);
        ids.push(id);
      }
      return ids;
    };
    return {
      ...web,
      name: "web",
      async send(message, ledger) {
        record.sendCalls++;
        return { platformMessageIds: await post(message, ledger) };
      },
      onTurnEvent(event) {
        record.events.push(event);
        return web.onTurnEvent?.(event);
      },
    };
  };
}

/** A fresh, empty record. */
export function newRecord(): ChannelRecord {
  return { posted: [], events: [], sendCalls: 0, rateLimited: 0 };
}

/** How many times each inbound message id was answered. */
export function answerCounts(record: ChannelRecord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of record.posted) if (p.replyTo) counts.set(p.replyTo, (counts.get(p.replyTo) ?? 0) + 1);
  return counts;
}
