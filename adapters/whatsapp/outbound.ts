import type { Logger } from "pino";
import type { Client } from "whatsapp-web.js";
import type { DeliveryLedger, SendResult } from "../../src/channel.js";
import { PlatformInvalidRequestError, PlatformNetworkError } from "../../src/errors.js";
import type { TurnEvent } from "../../src/events.js";
import type { OutboundMessage } from "../../src/message.js";
import { PLATFORM, mapWhatsAppError } from "./errors.js";
import { WHATSAPP_TEXT_LIMIT, renderWhatsAppChunks } from "./format.js";
import type { Pacer } from "./pacer.js";
import { ROUTE, isGroupChat } from "./types.js";

/** The note sent once when a turn runs longer than the working-note delay. */
export const WORKING_NOTE = "Working on it...";
/** WhatsApp drops the typing state after about 25 s; it is refreshed well before. */
export const TYPING_REFRESH_MS = 10_000;
/** Typing never outlives this, even if a turn's `end` event is lost. */
export const TYPING_MAX_MS = 5 * 60_000;

/** Recent texts the bot sent, per chat, so another bot echoing them back is not answered. */
export class EchoMemory {
  private readonly byChat = new Map<string, { text: string; at: number }[]>();
  constructor(private readonly ttlMs = 10 * 60_000, private readonly clock: () => number = Date.now) {}
  /** Remembers a sent text. */
  remember(chatId: string, text: string): void {
    const now = this.clock();
    const list = (this.byChat.get(chatId) ?? []).filter((e) => now - e.at < this.ttlMs).slice(-19);
    list.push({ text: text.trim(), at: now });
    this.byChat.set(chatId, list);
  }
  /** True when `text` is one of the bot's own recent texts in that chat. */
  isEcho(chatId: string, text: string): boolean {
    const t = text.trim();
    if (t.length < 8) return false;
    const now = this.clock();
    return (this.byChat.get(chatId) ?? []).some((e) => now - e.at < this.ttlMs && e.text === t);
  }
}

/** What the sender needs: the live client (or none while disconnected), pacing and echo memory. */
export interface OutboundDeps {
  client: () => Client | undefined;
  pacer: Pacer;
  echoes: EchoMemory;
  logger: Logger;
}

/** Sends one part: rendered, split at 4,096 characters, pieces in order, each at most once (ledger); groups quote the trigger. */
export async function sendPart(message: OutboundMessage, ledger: DeliveryLedger, deps: OutboundDeps): Promise<SendResult> {
  const chunks = renderWhatsAppChunks(message.text, WHATSAPP_TEXT_LIMIT);
  if (message.attachments.length > 0) deps.logger.warn({ count: message.attachments.length }, "whatsapp: outbound attachments are not sent yet");
  const quoteId = isGroupChat(message.chatId) ? message.route[ROUTE.quoteId] : undefined;
  const ids: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const already = await ledger.sent(i);
    if (already !== undefined) {
      ids.push(already);
      continue;
    }
    const client = deps.client();
    if (!client) throw new PlatformNetworkError(PLATFORM, "whatsapp is not connected; the part is retried later");
    await deps.pacer.wait(message.chatId);
    const text = chunks[i]!;
    const sent = await client
      .sendMessage(message.chatId, text, { linkPreview: false, sendSeen: i === 0, ...(quoteId && i === 0 ? { quotedMessageId: quoteId } : {}) })
      .catch((err: unknown) => {
        throw mapWhatsAppError(err, "sendMessage");
      });
    if (!sent) throw new PlatformInvalidRequestError(PLATFORM, `chat not found: ${message.chatId}`);
    deps.echoes.remember(message.chatId, text);
    await ledger.markSent(i, sent.id._serialized);
    ids.push(sent.id._serialized);
  }
  return { platformMessageIds: ids };
}

interface Pending {
  chatId: string;
  typing?: NodeJS.Timeout;
  note?: NodeJS.Timeout;
  stopAt: number;
}

/** Typing indicator while a turn runs, and one "working on it" note for long turns (no edit-streaming on WhatsApp). */
export class TurnPresence {
  private readonly pending = new Map<string, Pending>();
  constructor(
    private readonly deps: OutboundDeps & { workingNoteMs: number; typingRefreshMs?: number },
  ) {}

  /** Handles one live turn event of this channel. */
  async onEvent(event: TurnEvent): Promise<void> {
    if (event.type === "start") await this.start(event.conversationId, event.chatId);
    else if (event.type === "end") await this.stop(event.conversationId);
  }

  private async start(conversationId: string, chatId: string): Promise<void> {
    await this.stop(conversationId, false);
    const entry: Pending = { chatId, stopAt: Date.now() + TYPING_MAX_MS };
    this.pending.set(conversationId, entry);
    const refresh = () => {
      if (Date.now() > entry.stopAt) return void this.stop(conversationId);
      void this.chatState(chatId, "typing");
    };
    refresh();
    entry.typing = setInterval(refresh, this.deps.typingRefreshMs ?? TYPING_REFRESH_MS);
    entry.typing.unref();
    if (this.deps.workingNoteMs > 0) {
      entry.note = setTimeout(() => void this.note(conversationId), this.deps.workingNoteMs);
      entry.note.unref();
    }
  }

  /** Called when a reply part is delivered: the note is no longer needed and typing ends. */
  async delivered(conversationId: string): Promise<void> {
    await this.stop(conversationId);
  }

  /** Stops typing (and the pending note) for a conversation. */
  async stop(conversationId: string, clear = true): Promise<void> {
    const entry = this.pending.get(conversationId);
    if (!entry) return;
    this.pending.delete(conversationId);
    clearInterval(entry.typing);
    clearTimeout(entry.note);
    if (clear) await this.chatState(entry.chatId, "clear");
  }

  /** Stops everything (adapter stop). */
  async stopAll(): Promise<void> {
    for (const id of [...this.pending.keys()]) await this.stop(id, false);
  }

  private async note(conversationId: string): Promise<void> {
    const entry = this.pending.get(conversationId);
    const client = this.deps.client();
    if (!entry || !client) return;
    entry.note = undefined;
    try {
      await this.deps.pacer.wait(entry.chatId);
      if (this.pending.get(conversationId) !== entry) return;
      await client.sendMessage(entry.chatId, WORKING_NOTE, { linkPreview: false });
      this.deps.echoes.remember(entry.chatId, WORKING_NOTE);
    } catch (err) {
      this.deps.logger.warn({ err: mapWhatsAppError(err, "working note"), conversationId }, "whatsapp working note not sent");
    }
  }

  private async chatState(chatId: string, state: "typing" | "clear"): Promise<void> {
    const client = this.deps.client();
    if (!client) return;
    try {
      const chat = await client.getChatById(chatId);
      if (state === "typing") await chat.sendStateTyping();
      else await chat.clearState();
    } catch (err) {
      this.deps.logger.debug({ err: mapWhatsAppError(err, `chat state ${state}`), chatId }, "whatsapp chat state not set");
    }
  }
}
