import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { z } from "zod";
import { KEYS } from "./keys.js";
import { ChannelNameSchema, type ChannelName } from "./message.js";

const base = {
  channel: ChannelNameSchema,
  conversationId: z.string(),
  chatId: z.string(),
  turnId: z.string(),
  route: z.record(z.string(), z.string()).default({}),
  replyTo: z.string().optional(),
};

/** Live, best-effort events of a running turn, for typing indicators and streaming; the durable reply always goes through the outbox. */
export const TurnEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), ...base, mode: z.string().optional() }),
  z.object({ type: z.literal("delta"), ...base, text: z.string(), seq: z.number().int() }),
  /** The model call is being retried: text streamed so far is void. */
  z.object({ type: z.literal("reset"), ...base }),
  z.object({ type: z.literal("progress"), ...base, note: z.string() }),
  z.object({ type: z.literal("end"), ...base }),
  /** A reply part was delivered (the web channel fans it out to every process holding a browser connection). */
  z.object({ type: z.literal("reply"), ...base, id: z.string(), text: z.string(), html: z.string().optional(), part: z.number().int(), parts: z.number().int(), meta: z.record(z.string(), z.string()).optional() }),
]);
/** One live turn event. */
export type TurnEvent = z.infer<typeof TurnEventSchema>;
/** Input form of a turn event. */
export type TurnEventInput = z.input<typeof TurnEventSchema>;

/** Publishes and receives live turn events over Redis pub/sub, so workers and channel processes can live on different machines. */
export interface EventBus {
  publish(channel: ChannelName, event: TurnEventInput): Promise<void>;
  /** Calls `handler` for each event of that channel; returns an unsubscribe function. */
  subscribe(channel: ChannelName, handler: (event: TurnEvent) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Builds the event bus on a publishing connection and a dedicated subscriber connection. */
export function createEventBus(options: { publisher: Redis; subscriber: Redis; logger: Logger }): EventBus {
  const handlers = new Map<string, Set<(event: TurnEvent) => void>>();
  const { publisher, subscriber, logger } = options;
  subscriber.on("message", (topic: string, payload: string) => {
    const set = handlers.get(topic);
    if (!set || set.size === 0) return;
    let event: TurnEvent;
    try {
      event = TurnEventSchema.parse(JSON.parse(payload));
    } catch (err) {
      logger.warn({ err, topic }, "dropping malformed turn event");
      return;
    }
    for (const h of set) {
      try {
        h(event);
      } catch (err) {
        logger.error({ err, topic }, "turn event handler failed");
      }
    }
  });
  return {
    async publish(channel, event) {
      await publisher.publish(KEYS.events(channel), JSON.stringify(event));
    },
    async subscribe(channel, handler) {
      const topic = KEYS.events(channel);
      let set = handlers.get(topic);
      if (!set) {
        set = new Set();
        handlers.set(topic, set);
        await subscriber.subscribe(topic);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0) {
          handlers.delete(topic);
          await subscriber.unsubscribe(topic);
        }
      };
    },
    async close() {
      handlers.clear();
      subscriber.disconnect();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A turn event without its addressing fields (the turn worker adds them). */
export type TurnEventBody = DistributiveOmit<TurnEventInput, "channel" | "conversationId" | "chatId" | "turnId" | "route" | "replyTo">;
