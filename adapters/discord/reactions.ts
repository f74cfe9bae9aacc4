import type { MessageReaction, PartialMessageReaction, PartialUser, User } from "discord.js";
import type { Logger } from "pino";
import { reactionValue, type FeedbackStore } from "../../src/feedback.js";

/** What recording a reaction needs. */
export interface ReactionDeps {
  botId: string | undefined;
  feedback: FeedbackStore;
  logger: Logger;
}

/**
 * Records a reaction added to one of the bot's answers as feedback on its turn. Works on uncached (partial) messages:
 * only the ids and the emoji are read, nothing is fetched. Reactions by bots, and emoji that are not feedback, are ignored.
 */
export async function recordDiscordReaction(reaction: MessageReaction | PartialMessageReaction, user: User | PartialUser, deps: ReactionDeps): Promise<void> {
  if (user.id === deps.botId || user.bot === true) return;
  const value = reactionValue(reaction.emoji.name ?? "");
  if (!value) return;
  const channelId = reaction.message.channelId;
  const turnId = await deps.feedback.turnOf("discord", channelId, reaction.message.id);
  if (!turnId) return deps.logger.debug({ channelId, messageId: reaction.message.id }, "reaction on a message that is not an answer");
  const recorded = await deps.feedback.record({ turnId, userId: user.id, value });
  deps.logger.debug({ turnId, value, changed: recorded?.changed }, "discord reaction recorded as feedback");
}
