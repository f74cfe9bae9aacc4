import { EventEmitter } from "node:events";
import type { ChannelAdapter, ChannelContext } from "../../src/channel.js";
import type { TurnEvent } from "../../src/events.js";
import { KEYS } from "../../src/keys.js";
import { parseInboundId } from "../../src/message.js";
import { renderWebHtml } from "./format.js";
import { registerWebRoutes } from "./routes.js";

/** Replies kept per conversation for browsers that reconnect. */
export const WEB_REPLAY_MAX = 100;
const REPLAY_TTL_S = 86400;

/** Options of the web chat channel. */
export interface WebAdapterOptions {
  context: ChannelContext;
  /** SSE keep-alive comment interval. */
  keepAliveMs?: number;
  clock?: () => number;
}

/** The web chat: a page, a POST route into the queues, and Server-Sent Events out. */
export function createWebAdapter(options: WebAdapterOptions): ChannelAdapter {
  const { context } = options;
  const clock = options.clock ?? Date.now;
  // Local fan-out to the browsers connected to this process; events arrive from every process over the event bus.
  const local = new EventEmitter();
  local.setMaxListeners(0);

  return {
    name: "web",
    registerRoutes(http) {
      registerWebRoutes(http, { context, local, keepAliveMs: options.keepAliveMs ?? 15_000, clock });
    },
    async start() {},
    async stop() {
      local.emit("close");
      local.removeAllListeners();
    },
    async send(message, ledger) {
      const already = await ledger.sent(0);
      if (already) return { platformMessageIds: [already] };
      const conv = message.conversationId;
      const seq = await context.redis.incr(KEYS.webReplySeq(conv));
      const id = String(seq);
      const replyTo = message.replyTo ? safeMessageId(message.replyTo) : undefined;
      const html = renderWebHtml(message.text);
      const stored = { id, text: message.text, html, replyTo, part: message.part, parts: message.parts, kind: message.kind };
      await context.redis
        .multi()
        .rpush(KEYS.webReplies(conv), JSON.stringify(stored))
        .ltrim(KEYS.webReplies(conv), -WEB_REPLAY_MAX, -1)
        .expire(KEYS.webReplies(conv), REPLAY_TTL_S)
        .expire(KEYS.webReplySeq(conv), REPLAY_TTL_S)
        .exec();
      await context.events.publish("web", {
        type: "reply",
        channel: "web",
        conversationId: conv,
        chatId: message.chatId,
        turnId: message.turnId,
        route: message.route,
        replyTo,
        id,
        text: message.text,
        html,
        part: message.part,
        parts: message.parts,
      });
      await ledger.markSent(0, id);
      return { platformMessageIds: [id] };
    },
    onTurnEvent(event: TurnEvent) {
      local.emit(event.conversationId, event);
    },
    health() {
      return { connected: true, state: "serving" };
    },
  };
}

function safeMessageId(inbound: string): string {
  try {
    return parseInboundId(inbound).messageId;
  } catch {
    return inbound;
  }
}
