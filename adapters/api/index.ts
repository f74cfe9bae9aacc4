import type { ChannelAdapter, ChannelContext } from "../../src/channel.js";
import type { TurnEvent } from "../../src/events.js";
import { recordTokens } from "../../src/partners/limits.js";
import { createPartnerKeyStore, type PartnerKeyStore } from "../../src/partners/store.js";
import { keyIdOf } from "./inbound.js";
import { PendingRequests } from "./pending.js";
import { registerApiRoutes } from "./routes.js";

/** The model id partners call unless the operator lists others. */
export const DEFAULT_API_MODEL = "spark";
/** How long a request waits for its answer before a 504. */
export const DEFAULT_API_TIMEOUT_MS = 180_000;

/** Options of the partner API channel. */
export interface ApiAdapterOptions {
  context: ChannelContext;
  /** Defaults to the Redis-backed store on the context's connection. */
  keys?: PartnerKeyStore;
  models?: string[];
  timeoutMs?: number;
  clock?: () => number;
}

/**
 * The partner API: an OpenAI-compatible HTTP front whose requests flow through the queues like any channel's
 * messages. The process holding a request hears its answer over the event bus, wherever the outbox ran.
 */
export function createApiAdapter(options: ApiAdapterOptions): ChannelAdapter {
  const { context } = options;
  const clock = options.clock ?? Date.now;
  const pending = new PendingRequests();
  const keys = options.keys ?? createPartnerKeyStore(context.redis, clock);
  return {
    name: "api",
    registerRoutes(http) {
      registerApiRoutes(http, { context, keys, pending, models: options.models ?? [DEFAULT_API_MODEL], timeoutMs: options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS, clock });
    },
    async start() {},
    async stop() {
      pending.closeAll();
    },
    async send(message, ledger) {
      if (await ledger.sent(0)) return { platformMessageIds: [] };
      const keyId = keyIdOf(message.conversationId);
      const tokens = Number(message.meta.promptTokens ?? 0) + Number(message.meta.completionTokens ?? 0);
      // Counted here, once per delivered answer, so usage is recorded even when the client has gone away.
      if (keyId && Number.isFinite(tokens)) await recordTokens(context.redis, keyId, tokens, clock());
      await context.events.publish("api", {
        type: "reply",
        channel: "api",
        conversationId: message.conversationId,
        chatId: message.chatId,
        turnId: message.turnId,
        route: message.route,
        replyTo: message.replyTo,
        id: message.key,
        text: message.text,
        part: message.part,
        parts: message.parts,
        meta: { ...message.meta, kind: message.kind },
      });
      await ledger.markSent(0, message.key);
      return { platformMessageIds: [message.key] };
    },
    onTurnEvent(event: TurnEvent) {
      pending.dispatch(event);
    },
    health() {
      return { connected: true, state: `serving (${pending.size} open requests)` };
    },
  };
}
