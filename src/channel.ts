import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { z } from "zod";
import type { BlobStore } from "./blobs.js";
import type { EventBus, TurnEvent } from "./events.js";
import type { FeedbackStore } from "./feedback.js";
import type { Intake } from "./intake.js";
import { ChannelNameSchema, OutboundMessageSchema, type ChannelName, type OutboundMessage } from "./message.js";

/** One outbox job: every part of one turn's answer, sent in order by one processor. */
export const OutboxJobSchema = z.object({
  channel: ChannelNameSchema,
  conversationId: z.string(),
  turnId: z.string(),
  parts: z.array(OutboundMessageSchema).min(1).max(100),
});
/** One outbox job. */
export type OutboxJob = z.infer<typeof OutboxJobSchema>;

/** What a platform returned for one delivered part. */
export interface SendResult {
  /** Platform ids of the messages it became (a part may be split further by the platform's limit). */
  platformMessageIds: string[];
}

/** Idempotency for the pieces of one part: piece `i` is posted at most once, whatever retries happen. */
export interface DeliveryLedger {
  /** The platform message id recorded for piece `index`, if it was already sent. */
  sent(index: number): Promise<string | undefined>;
  /** Records piece `index` as sent. */
  markSent(index: number, platformMessageId: string): Promise<void>;
}

/** A channel's connection state, shown on /readyz and the dashboard. */
export interface ChannelHealth {
  connected: boolean;
  /** e.g. "polling", "webhook", "qr-needed", "logged-out: re-pair needed". */
  state: string;
  detail?: string;
}

/** Everything a channel adapter receives from the core; it builds nothing from the environment itself. */
export interface ChannelContext {
  intake: Intake;
  events: EventBus;
  blobs: BlobStore;
  /** The shared HTTP server, for webhooks and the web chat. Routes must be added before it listens. */
  http: FastifyInstance;
  /** Records reactions and thumbs on answers as feedback. */
  feedback: FeedbackStore;
  /** A general-purpose connection (not the pub/sub one). */
  redis: Redis;
  logger: Logger;
  dataDir: string;
}

/** One messaging platform: turns its events into InboundMessages and delivers OutboundMessages. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Global send rate for the outbox limiter (BullMQ `limiter`). */
  readonly rateLimit?: { max: number; durationMs: number };
  /** Registers HTTP routes (called before the server listens). */
  registerRoutes?(http: FastifyInstance): void;
  /** Connects and starts taking messages. */
  start(): Promise<void>;
  /** Stops taking messages and disconnects. */
  stop(): Promise<void>;
  /**
   * Delivers one part, split to the platform's limit; throws PlatformError subclasses so the outbox knows whether to
   * wait, retry or give up. Each platform message is checked against and recorded in `ledger` so a retry never posts it twice.
   */
  send(message: OutboundMessage, ledger: DeliveryLedger): Promise<SendResult>;
  /** Live events of turns in this channel (typing, streamed text, progress). */
  onTurnEvent?(event: TurnEvent): void | Promise<void>;
  health(): ChannelHealth;
}

/** A factory that builds an adapter from its context. */
export type ChannelFactory = (context: ChannelContext) => ChannelAdapter;
