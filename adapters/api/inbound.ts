import { inboundId, type InboundMessageInput } from "../../src/message.js";
import { textOf } from "./request.js";
import type { ChatCompletionRequest } from "./types.js";

/** The conversation of one API request: each request is its own conversation (a request carries its whole exchange). */
export function apiConversationId(keyId: string, requestId: string): string {
  return `api:${keyId}:${requestId}`;
}

/** The partner key a conversation id belongs to, or undefined when it is not an API conversation. */
export function keyIdOf(conversationId: string): string | undefined {
  const match = /^api:([a-z0-9]+):/.exec(conversationId);
  return match?.[1];
}

/**
 * Normalizes a request into an InboundMessage: the last user message is the text; the earlier messages travel as
 * `context`, which the turn uses instead of stored history. The sender is the partner key, so rollout percentages,
 * allow and deny lists apply per key; the request's `user` is kept as the sender's name.
 */
export function toInbound(request: ChatCompletionRequest, keyId: string, partner: string, requestId: string, now: number): InboundMessageInput {
  const conversationId = apiConversationId(keyId, requestId);
  const earlier = request.messages.slice(0, -1).map((m) => ({ role: m.role === "developer" ? ("system" as const) : m.role, content: textOf(m) }));
  return {
    id: inboundId("api", `${keyId}:${requestId}`, "m"),
    channel: "api",
    conversationId,
    chat: { id: `${keyId}:${requestId}`, type: "direct", title: partner },
    sender: { id: keyId, name: request.user ?? partner, isBot: false },
    text: textOf(request.messages[request.messages.length - 1]!),
    attachments: [],
    mentionsBot: true,
    sentAt: now,
    receivedAt: now,
    route: { requestId },
    context: earlier,
  };
}
