import type { Logger } from "pino";
import { reactionValue, type FeedbackStore, type FeedbackValue } from "../../src/feedback.js";
import { TgMessageReactionSchema, type TgMessageReaction } from "./types.js";

/** The verdict a reaction change expresses: a newly added emoji first, else any remaining one; none when cleared. */
export function reactionVerdict(reaction: Pick<TgMessageReaction, "old_reaction" | "new_reaction">): FeedbackValue | undefined {
  const emojis = (list: TgMessageReaction["new_reaction"]) => list.flatMap((r) => (r.type === "emoji" && r.emoji ? [r.emoji] : []));
  const before = new Set(emojis(reaction.old_reaction));
  const now = emojis(reaction.new_reaction);
  const added = now.filter((e) => !before.has(e));
  for (const emoji of [...added, ...now]) {
    const value = reactionValue(emoji);
    if (value) return value;
  }
  return undefined;
}

/** Records a `message_reaction` update as feedback on the answer it was given to; reactions are never answered. */
export async function recordReaction(raw: unknown, deps: { feedback: FeedbackStore; logger: Logger }): Promise<void> {
  const parsed = TgMessageReactionSchema.safeParse(raw);
  if (!parsed.success) return deps.logger.debug("telegram reaction not understood");
  const reaction = parsed.data;
  const voter = reaction.user && !reaction.user.is_bot ? reaction.user.id : reaction.actor_chat?.id;
  const value = reactionVerdict(reaction);
  if (voter === undefined || !value) return;
  const chatId = String(reaction.chat.id);
  const turnId = await deps.feedback.turnOf("telegram", chatId, String(reaction.message_id));
  if (!turnId) return deps.logger.debug({ chatId, messageId: reaction.message_id }, "reaction on a message that is not an answer");
  const recorded = await deps.feedback.record({ turnId, userId: String(voter), value });
  deps.logger.debug({ turnId, value, changed: recorded?.changed }, "telegram reaction recorded as feedback");
}
