import type { Logger } from "pino";
import { z } from "zod";
import { reactionValue, type FeedbackStore } from "../../src/feedback.js";

/** A whatsapp-web.js id as it crosses from the page: `remote` may be a string or a serialized Wid object. */
const WidSchema = z.union([z.string(), z.looseObject({ _serialized: z.string() }).transform((w) => w._serialized)]);

/** The fields of a whatsapp-web.js `Reaction` the relay reads. */
export const WhatsAppReactionSchema = z.looseObject({
  id: z.looseObject({ fromMe: z.boolean().optional() }).optional(),
  reaction: z.string(),
  senderId: z.string().min(1),
  msgId: z.looseObject({ fromMe: z.boolean().optional(), remote: WidSchema, _serialized: z.string().min(1) }),
});

/**
 * Records a `message_reaction` on one of the bot's answers as feedback on its turn. The event also fires for the
 * bot's own reactions and for removals (empty text): neither counts.
 */
export async function recordWhatsAppReaction(raw: unknown, deps: { feedback: FeedbackStore; logger: Logger }): Promise<void> {
  const parsed = WhatsAppReactionSchema.safeParse(raw);
  if (!parsed.success) return deps.logger.debug("whatsapp reaction not understood");
  const reaction = parsed.data;
  if (reaction.id?.fromMe || reaction.msgId.fromMe === false) return;
  const value = reactionValue(reaction.reaction);
  if (!value) return;
  const chatId = reaction.msgId.remote;
  const turnId = await deps.feedback.turnOf("whatsapp", chatId, reaction.msgId._serialized);
  if (!turnId) return deps.logger.debug({ chatId }, "reaction on a message that is not an answer");
  const recorded = await deps.feedback.record({ turnId, userId: reaction.senderId, value });
  deps.logger.debug({ turnId, value, changed: recorded?.changed }, "whatsapp reaction recorded as feedback");
}
