import type { Logger } from "pino";
import type { Telegram } from "telegraf";
import type { DeliveryLedger, SendResult } from "../../src/channel.js";
import { PlatformRateLimitError } from "../../src/errors.js";
import { parseInboundId, type OutboundMessage } from "../../src/message.js";
import { isNotModifiedError, isParseEntitiesError, mapTelegramError } from "./errors.js";
import { renderTelegram, type Piece } from "./format.js";
import type { ChatPacer } from "./pacer.js";
import { ROUTE } from "./types.js";

/** Where a message goes: chat, topic, and the message it answers. */
export interface Target {
  chatId: string;
  group: boolean;
  threadId?: number;
  replyToMessageId?: number;
}

/** Sends and edits Telegram messages with pacing, HTML-to-plain fallback and error mapping. */
export interface Poster {
  post(target: Target, piece: Piece, reply: boolean): Promise<number>;
  edit(target: Target, messageId: number, piece: Piece): Promise<void>;
  typing(target: Target): Promise<void>;
}

/** Builds the routing target of an outgoing part (or turn event) from its chat id, route and replyTo. */
export function targetOf(chatId: string, route: Record<string, string>, replyTo: string | undefined): Target {
  const chatType = route[ROUTE.chatType];
  const group = chatType !== undefined ? chatType !== "private" : chatId.startsWith("-");
  const thread = Number(route[ROUTE.threadId]);
  let replyId = Number(route[ROUTE.messageId]);
  if (!Number.isInteger(replyId) && replyTo) {
    try {
      replyId = Number(parseInboundId(replyTo).messageId);
    } catch {
      replyId = NaN;
    }
  }
  return {
    chatId,
    group,
    ...(Number.isInteger(thread) ? { threadId: thread } : {}),
    ...(Number.isInteger(replyId) ? { replyToMessageId: replyId } : {}),
  };
}

/** Builds the poster over one telegraf `Telegram` client. */
export function createPoster(telegram: Telegram, pacer: ChatPacer, logger: Logger): Poster {
  const rateLimited = (target: Target, error: unknown, method: string) => {
    const mapped = mapTelegramError(error, method);
    if (mapped instanceof PlatformRateLimitError) pacer.block(target.chatId, mapped.retryAfterMs);
    return mapped;
  };
  const common = (target: Target) => (target.threadId !== undefined ? { message_thread_id: target.threadId } : {});

  return {
    async post(target, piece, reply) {
      const extra = {
        ...common(target),
        ...(reply && target.group && target.replyToMessageId !== undefined
          ? { reply_parameters: { message_id: target.replyToMessageId, allow_sending_without_reply: true } }
          : {}),
      };
      await pacer.take(target.chatId, target.group);
      try {
        return (await telegram.sendMessage(target.chatId, piece.html, { ...extra, parse_mode: "HTML" })).message_id;
      } catch (error) {
        if (!isParseEntitiesError(error)) throw rateLimited(target, error, "sendMessage");
        logger.warn({ chatId: target.chatId }, "telegram refused the HTML; resending as plain text");
      }
      try {
        return (await telegram.sendMessage(target.chatId, piece.text, extra)).message_id;
      } catch (error) {
        throw rateLimited(target, error, "sendMessage");
      }
    },
    async edit(target, messageId, piece) {
      await pacer.take(target.chatId, target.group);
      try {
        await telegram.editMessageText(target.chatId, messageId, undefined, piece.html, { parse_mode: "HTML" });
        return;
      } catch (error) {
        if (isNotModifiedError(error)) return;
        if (!isParseEntitiesError(error)) throw rateLimited(target, error, "editMessageText");
      }
      try {
        await telegram.editMessageText(target.chatId, messageId, undefined, piece.text);
      } catch (error) {
        if (!isNotModifiedError(error)) throw rateLimited(target, error, "editMessageText");
      }
    },
    async typing(target) {
      try {
        await telegram.sendChatAction(target.chatId, "typing", common(target));
      } catch (error) {
        throw mapTelegramError(error, "sendChatAction");
      }
    },
  };
}

/** Delivers one outgoing part: rendered, split, each piece checked against and recorded in the ledger. */
export async function deliverPart(options: {
  poster: Poster;
  message: OutboundMessage;
  ledger: DeliveryLedger;
  limit: number;
  /** The streaming placeholder of this turn, which the first piece replaces. */
  placeholderId?: number;
  logger: Logger;
}): Promise<SendResult> {
  const { poster, message, ledger, logger } = options;
  const target = targetOf(message.chatId, message.route, message.replyTo);
  const pieces = renderTelegram(message.text, options.limit);
  const ids: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    const already = await ledger.sent(index);
    if (already !== undefined) {
      ids.push(already);
      continue;
    }
    let id: number | undefined;
    if (index === 0 && options.placeholderId !== undefined) {
      try {
        await poster.edit(target, options.placeholderId, piece);
        id = options.placeholderId;
      } catch (error) {
        if (error instanceof PlatformRateLimitError) throw error;
        logger.warn({ err: error, chatId: target.chatId }, "could not edit the streaming placeholder; sending a new message");
      }
    }
    id ??= await poster.post(target, piece, index === 0 && message.part === 0);
    await ledger.markSent(index, String(id));
    ids.push(String(id));
  }
  return { platformMessageIds: ids };
}
