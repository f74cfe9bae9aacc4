import { Routes, type REST } from "discord.js";
import type { DeliveryLedger, SendResult } from "../../src/channel.js";
import type { OutboundMessage } from "../../src/message.js";
import { mapDiscordError } from "./errors.js";
import { splitDiscordMessage, toDiscordMarkdown } from "./format.js";
import { ROUTE } from "./types.js";

/** Where an answer goes: a channel (as a reply) or an interaction's webhook (deferred response plus follow-ups). */
export type DiscordTarget =
  | { kind: "channel"; channelId: string; replyToMessageId: string | undefined }
  | { kind: "interaction"; applicationId: string; token: string };

/** The target of an answer from the routing details its inbound message carried. */
export function targetOf(route: Record<string, string>, chatId: string): DiscordTarget {
  const token = route[ROUTE.interactionToken];
  const applicationId = route[ROUTE.applicationId];
  if (token && applicationId) return { kind: "interaction", applicationId, token };
  return { kind: "channel", channelId: route[ROUTE.channelId] ?? chatId, replyToMessageId: route[ROUTE.messageId] };
}

/** Mentions in answers never ping anyone (no @everyone, no roles, no users). */
export const NO_PINGS = { parse: [] as string[] };

interface Posted {
  id: string;
}

/** Posts or edits one message; every failure mapped onto the PlatformError family. */
export async function call(rest: REST, fn: (rest: REST) => Promise<unknown>): Promise<Posted> {
  try {
    return (await fn(rest)) as Posted;
  } catch (err) {
    throw mapDiscordError(err);
  }
}

/** Posts a new message at the target; `reply` makes a channel message a reply to the triggering message. */
export function postMessage(rest: REST, target: DiscordTarget, content: string, reply: boolean): Promise<Posted> {
  if (target.kind === "interaction") {
    return call(rest, (r) => r.post(Routes.webhook(target.applicationId, target.token), { body: { content, allowed_mentions: NO_PINGS }, auth: false }));
  }
  const body: Record<string, unknown> = { content, allowed_mentions: NO_PINGS };
  if (reply && target.replyToMessageId) body.message_reference = { message_id: target.replyToMessageId, fail_if_not_exists: false };
  return call(rest, (r) => r.post(Routes.channelMessages(target.channelId), { body }));
}

/** Replaces the text of a message: a channel message by id, or an interaction's original (deferred) response. */
export function editMessage(rest: REST, target: DiscordTarget, messageId: string | undefined, content: string): Promise<Posted> {
  if (target.kind === "interaction") {
    return call(rest, (r) =>
      r.patch(Routes.webhookMessage(target.applicationId, target.token, "@original"), { body: { content, allowed_mentions: NO_PINGS }, auth: false }),
    );
  }
  if (!messageId) throw new Error("editing a channel message needs its id");
  return call(rest, (r) => r.patch(Routes.channelMessage(target.channelId, messageId), { body: { content, allowed_mentions: NO_PINGS } }));
}

/**
 * Delivers one part: rendered to Discord markdown, split at 2,000 characters, pieces posted strictly one after another.
 * The answer's first piece replies to the triggering message, or replaces `placeholderId` (a streamed preview), or for an
 * interaction edits the deferred response; later pieces are new messages (interaction follow-ups).
 */
export async function sendPart(rest: REST, message: OutboundMessage, ledger: DeliveryLedger, placeholderId?: string): Promise<SendResult> {
  const target = targetOf(message.route, message.chatId);
  const pieces = splitDiscordMessage(toDiscordMarkdown(message.text));
  const ids: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const done = await ledger.sent(i);
    if (done !== undefined) {
      ids.push(done);
      continue;
    }
    const first = message.part === 0 && i === 0;
    const content = pieces[i]!;
    let posted: Posted;
    if (first && target.kind === "interaction") posted = await editMessage(rest, target, undefined, content);
    else if (first && placeholderId) posted = await editMessage(rest, target, placeholderId, content);
    else posted = await postMessage(rest, target, content, first);
    await ledger.markSent(i, posted.id);
    ids.push(posted.id);
  }
  return { platformMessageIds: ids };
}
