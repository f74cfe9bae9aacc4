import { z } from "zod";

/** Channels the relay speaks; `api` is the partner API, which flows through the queues like any channel. */
export const CHANNEL_NAMES = ["web", "telegram", "discord", "whatsapp", "api"] as const;
/** A channel's name. */
export const ChannelNameSchema = z.enum(CHANNEL_NAMES);
/** A channel's name. */
export type ChannelName = z.infer<typeof ChannelNameSchema>;

/** Longest text one inbound message may carry (characters); longer input is rejected at intake, not truncated silently. */
export const MAX_INBOUND_TEXT = 32_000;

/** A media item referenced by a blob id; bytes never travel inside a job. */
export const AttachmentSchema = z.object({
  kind: z.enum(["image", "audio", "voice", "video", "document", "sticker", "other"]),
  mime: z.string().max(200),
  size: z.number().int().nonnegative(),
  /** Blob store reference (`blob:<id>`), or empty when the media was not fetched (too big or unsupported). */
  blobRef: z.string().max(500),
  name: z.string().max(500).optional(),
  /** Why the media was not fetched, when it was not. */
  skipped: z.enum(["too_large", "unsupported", "download_failed"]).optional(),
});
/** A media item referenced by a blob id. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** One message as every channel normalizes it: plain JSON, a job payload. */
export const InboundMessageSchema = z.object({
  /** Globally unique: `<channel>:<chat>:<platform message id>`. */
  id: z.string().min(3).max(400),
  channel: ChannelNameSchema,
  /** Channel-prefixed; a thread or forum topic is its own conversation. */
  conversationId: z.string().min(3).max(300),
  chat: z.object({
    id: z.string().min(1).max(200),
    type: z.enum(["direct", "group"]),
    title: z.string().max(300).optional(),
  }),
  sender: z.object({
    id: z.string().min(1).max(200),
    name: z.string().max(300).default(""),
    isBot: z.boolean().default(false),
    locale: z.string().max(35).optional(),
  }),
  text: z.string().max(MAX_INBOUND_TEXT),
  attachments: z.array(AttachmentSchema).max(20).default([]),
  replyTo: z
    .object({
      id: z.string().max(400),
      quotesBot: z.boolean(),
      text: z.string().max(MAX_INBOUND_TEXT).optional(),
    })
    .optional(),
  mentionsBot: z.boolean().default(false),
  /** Epoch milliseconds. */
  sentAt: z.number().int().nonnegative(),
  /** Epoch milliseconds. */
  receivedAt: z.number().int().nonnegative(),
  /** Platform routing details the channel needs to answer (message id to reply to, topic id...). Plain strings only. */
  route: z.record(z.string(), z.string().max(400)).default({}),
  /**
   * Earlier turns the sender supplied with the message (the partner API sends the whole exchange on every request);
   * when present, the turn uses them instead of the conversation's stored history.
   */
  context: z
    .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().max(MAX_INBOUND_TEXT) }))
    .max(200)
    .optional(),
  /** Escape hatch for the adapter's own use in-process; stripped before the message is queued. */
  raw: z.unknown().optional(),
});
/** One normalized inbound message. */
export type InboundMessage = z.infer<typeof InboundMessageSchema>;
/** Input shape accepted by intake (defaults not yet applied). */
export type InboundMessageInput = z.input<typeof InboundMessageSchema>;

/** Markdown text (and optional attachments) addressed to a conversation; one job per part. */
export const OutboundMessageSchema = z.object({
  channel: ChannelNameSchema,
  conversationId: z.string().min(3).max(300),
  chatId: z.string().min(1).max(200),
  /** The turn that produced it. */
  turnId: z.string().min(1).max(200),
  /** Idempotency key: turn id + part index; a part with a key already sent is never posted twice. */
  key: z.string().min(1).max(300),
  /** Part index within the turn's answer (0-based) and the part count. */
  part: z.number().int().nonnegative(),
  parts: z.number().int().positive(),
  /** Markdown; the channel renders its own dialect and may split it further. */
  text: z.string().max(200_000),
  attachments: z.array(AttachmentSchema).max(10).default([]),
  /** The inbound message this answers (platform reply/quote target). */
  replyTo: z.string().max(400).optional(),
  route: z.record(z.string(), z.string().max(400)).default({}),
  /** `answer` is a model answer; `notice` a system message (apology, help, refusal). */
  kind: z.enum(["answer", "notice"]).default("answer"),
  meta: z.record(z.string(), z.string().max(200)).default({}),
});
/** One outgoing part. */
export type OutboundMessage = z.infer<typeof OutboundMessageSchema>;
/** Input shape for an outgoing part. */
export type OutboundMessageInput = z.input<typeof OutboundMessageSchema>;

/** Builds the globally unique id of an inbound message. */
export function inboundId(channel: ChannelName, chatId: string, platformMessageId: string): string {
  return `${channel}:${chatId}:${platformMessageId}`;
}

/** Splits an inbound id back into its parts (chat ids may themselves contain `:`; the message id is the last segment). */
export function parseInboundId(id: string): { channel: ChannelName; chatId: string; messageId: string } {
  const first = id.indexOf(":");
  const last = id.lastIndexOf(":");
  if (first < 0 || last <= first) throw new Error(`not an inbound message id: ${id}`);
  const channel = ChannelNameSchema.parse(id.slice(0, first));
  return { channel, chatId: id.slice(first + 1, last), messageId: id.slice(last + 1) };
}
