import { z } from "zod";
import { inboundId, MAX_INBOUND_TEXT, type InboundMessageInput } from "../../src/message.js";

/** A browser's conversation id: opaque, URL-safe. */
export const WebConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "1-100 characters of A-Z, a-z, 0-9, _ and -");

/** Body of `POST /api/web/messages`. */
export const WebMessageBodySchema = z.object({
  conversationId: WebConversationIdSchema,
  messageId: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, "1-100 characters of A-Z, a-z, 0-9, _, . and -"),
  text: z.string().min(1, "must not be empty").max(MAX_INBOUND_TEXT, `must be at most ${MAX_INBOUND_TEXT} characters`),
});
/** Body of `POST /api/web/messages`. */
export type WebMessageBody = z.infer<typeof WebMessageBodySchema>;

/** The conversation id the pipeline uses for a browser conversation. */
export function webConversationId(conversationId: string): string {
  return `web:${conversationId}`;
}

/** Normalizes a web chat post into an InboundMessage. */
export function toInbound(body: WebMessageBody, now: number, locale?: string): InboundMessageInput {
  return {
    id: inboundId("web", body.conversationId, body.messageId),
    channel: "web",
    conversationId: webConversationId(body.conversationId),
    chat: { id: body.conversationId, type: "direct" },
    sender: { id: body.conversationId, name: "web user", isBot: false, ...(locale ? { locale } : {}) },
    text: body.text,
    attachments: [],
    mentionsBot: true,
    sentAt: now,
    receivedAt: now,
    route: { messageId: body.messageId },
  };
}
