import { inboundId, type Attachment, type InboundMessageInput } from "../../src/message.js";
import { ROUTE, TgMessageSchema, type BotIdentity, type TgEntity, type TgFile, type TgMessage, type TgUpdate } from "./types.js";

/** A media item found in a message, before it is fetched. */
export interface MediaRef {
  kind: Attachment["kind"];
  mime: string;
  size: number;
  fileId?: string;
  name?: string;
  /** Set when the media is never fetched (stickers, locations, video...). */
  unsupported?: boolean;
}

/** What to do with one update. */
export type InboundDecision =
  | { action: "accept"; message: Omit<InboundMessageInput, "attachments">; media: MediaRef[] }
  | { action: "callback"; callbackId: string }
  | { action: "ignore"; reason: string };

/** Message kinds the relay cannot read: acknowledged with an `unsupported` attachment. */
const UNSUPPORTED_KINDS: Record<string, Attachment["kind"]> = {
  sticker: "sticker",
  video: "video",
  video_note: "video",
  animation: "video",
  location: "other",
  venue: "other",
  contact: "other",
  poll: "other",
  dice: "other",
  game: "other",
  story: "other",
};

function chatIdOf(message: TgMessage): string {
  return String(message.chat.id);
}

/** A forum topic is its own conversation; the "General" topic and reply threads are not. */
function topicId(message: TgMessage): number | undefined {
  return message.is_topic_message && message.message_thread_id !== undefined ? message.message_thread_id : undefined;
}

/** The conversation a message belongs to: `telegram:<chatId>` or `telegram:<chatId>:<topicId>`. */
export function conversationIdOf(message: TgMessage): string {
  const topic = topicId(message);
  return topic === undefined ? `telegram:${chatIdOf(message)}` : `telegram:${chatIdOf(message)}:${topic}`;
}

function entityText(text: string, e: TgEntity): string {
  return text.slice(e.offset, e.offset + e.length);
}

/** Whether a group message addresses the bot: a mention, a reply to it, or a command meant for it. */
export function addressesBot(message: TgMessage, bot: BotIdentity): boolean {
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${bot.username}`.toLowerCase();
  for (const e of entities) {
    const value = entityText(text, e);
    if (e.type === "mention" && value.toLowerCase() === handle) return true;
    if (e.type === "text_mention" && e.user?.id === bot.id) return true;
    if (e.type === "bot_command" && e.offset === 0) {
      const at = value.indexOf("@");
      if (at < 0 || value.slice(at).toLowerCase() === handle) return true;
    }
  }
  if (new RegExp(`(^|[^A-Za-z0-9_])${handle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`, "i").test(text)) return true;
  const replied = message.reply_to_message;
  return replied !== undefined && replied.forum_topic_created === undefined && replied.from?.id === bot.id;
}

function fileRef(kind: Attachment["kind"], file: TgFile, mime: string): MediaRef {
  return { kind, mime: file.mime_type ?? mime, size: file.file_size ?? 0, fileId: file.file_id, name: file.file_name };
}

/** The media a message carries: the largest photo size, voice, audio, document; unreadable kinds marked unsupported. */
export function mediaOf(message: TgMessage): MediaRef[] {
  const media: MediaRef[] = [];
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    media.push(fileRef("image", largest, "image/jpeg"));
  }
  if (message.voice) media.push(fileRef("voice", message.voice, "audio/ogg"));
  if (message.audio) media.push(fileRef("audio", message.audio, "audio/mpeg"));
  if (message.document) {
    const mime = message.document.mime_type ?? "application/octet-stream";
    media.push(fileRef(mime.startsWith("image/") ? "image" : "document", message.document, mime));
  }
  for (const [field, kind] of Object.entries(UNSUPPORTED_KINDS)) {
    if ((message as Record<string, unknown>)[field] === undefined) continue;
    const emoji = field === "sticker" ? message.sticker?.emoji : undefined;
    media.push({ kind, mime: "application/octet-stream", size: 0, unsupported: true, name: emoji ? `${field} ${emoji}` : field });
  }
  return media;
}

function senderOf(message: TgMessage): { id: string; name: string; isBot: boolean; locale?: string } | undefined {
  // An anonymous group admin posts as the group itself (from = GroupAnonymousBot).
  if (message.sender_chat && message.sender_chat.id === message.chat.id) {
    return { id: String(message.sender_chat.id), name: message.sender_chat.title ?? "admin", isBot: false };
  }
  const from = message.from;
  if (!from) return undefined;
  const name = [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || String(from.id);
  return { id: String(from.id), name, isBot: from.is_bot, ...(from.language_code ? { locale: from.language_code.slice(0, 35) } : {}) };
}

function replyOf(message: TgMessage, bot: BotIdentity): InboundMessageInput["replyTo"] {
  const replied = message.reply_to_message;
  if (!replied || replied.forum_topic_created !== undefined) return undefined;
  const quoted = message.quote?.text ?? replied.text ?? replied.caption;
  return {
    id: inboundId("telegram", chatIdOf(message), String(replied.message_id)),
    quotesBot: replied.from?.id === bot.id,
    ...(quoted ? { text: quoted.slice(0, 32_000) } : {}),
  };
}

function stripLeadingMention(text: string, bot: BotIdentity): string {
  const handle = `@${bot.username}`;
  return text.slice(0, handle.length).toLowerCase() === handle.toLowerCase() ? text.slice(handle.length).replace(/^[\s,:]+/, "") : text;
}

/** Decides what one update becomes: a message for intake, a callback to acknowledge, or nothing. */
export function normalizeUpdate(update: TgUpdate, bot: BotIdentity, now: number): InboundDecision {
  if (update.callback_query) return { action: "callback", callbackId: update.callback_query.id };
  if (update.message === undefined) return { action: "ignore", reason: `update type not handled: ${Object.keys(update).filter((k) => k !== "update_id").join(",") || "empty"}` };
  const parsed = TgMessageSchema.safeParse(update.message);
  if (!parsed.success) return { action: "ignore", reason: "message not understood" };
  const message = parsed.data;
  if (message.chat.type === "channel") return { action: "ignore", reason: "channel post" };
  const sender = senderOf(message);
  if (!sender) return { action: "ignore", reason: "no sender" };
  if (sender.isBot) return { action: "ignore", reason: "from a bot" };
  const media = mediaOf(message);
  const rawText = message.text ?? message.caption;
  if (rawText === undefined && media.length === 0) return { action: "ignore", reason: "service message" };
  const direct = message.chat.type === "private";
  if (!direct && !addressesBot(message, bot)) return { action: "ignore", reason: "group message not addressed to the bot" };
  const chatId = chatIdOf(message);
  const topic = topicId(message);
  const chatTitle = message.chat.title ?? ([message.chat.first_name, message.chat.last_name].filter(Boolean).join(" ") || undefined);
  return {
    action: "accept",
    media,
    message: {
      id: inboundId("telegram", chatId, String(message.message_id)),
      channel: "telegram",
      conversationId: conversationIdOf(message),
      chat: { id: chatId, type: direct ? "direct" : "group", ...(chatTitle ? { title: chatTitle.slice(0, 300) } : {}) },
      sender,
      text: stripLeadingMention(rawText ?? "", bot).slice(0, 32_000),
      replyTo: replyOf(message, bot),
      mentionsBot: true,
      sentAt: message.date * 1000,
      receivedAt: now,
      route: {
        [ROUTE.messageId]: String(message.message_id),
        [ROUTE.chatType]: message.chat.type,
        ...(topic !== undefined ? { [ROUTE.threadId]: String(topic) } : {}),
      },
    },
  };
}
