import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { FeedbackStore } from "../../src/feedback.js";
import { WebConversationIdSchema } from "./inbound.js";

/** Body of `POST /api/web/feedback`: a thumbs up or down on one reply (its SSE event id). */
export const WebFeedbackBodySchema = z.object({
  conversationId: WebConversationIdSchema,
  replyId: z.string().regex(/^[0-9]{1,20}$/, "the id of a reply event"),
  value: z.enum(["up", "down"]),
});

/** Registers `POST /api/web/feedback`: 204 once recorded, 404 when the reply is unknown or expired. */
export function registerWebFeedbackRoute(http: FastifyInstance, feedback: FeedbackStore): void {
  http.post("/api/web/feedback", { bodyLimit: 4096 }, async (request, reply) => {
    const parsed = WebFeedbackBodySchema.safeParse(request.body);
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
      return reply.status(400).send({ error: { message, code: "invalid_request" } });
    }
    const { conversationId, replyId, value } = parsed.data;
    const notFound = () =>
      reply.status(404).send({ error: { message: `no answer ${replyId} in conversation ${conversationId} (unknown or older than 7 days)`, code: "reply_not_found" } });
    const turnId = await feedback.turnOf("web", conversationId, replyId);
    if (!turnId) return notFound();
    const recorded = await feedback.record({ turnId, userId: conversationId, value });
    if (!recorded) return notFound();
    return reply.status(204).send();
  });
}
