/** Realistic Bot API updates, shaped like the ones Telegram sends. */
export const BOT = { id: 123456, username: "spark_test_bot" };
const now = () => Math.floor(Date.now() / 1000);

/** A person. */
export const ALICE = { id: 777, is_bot: false, first_name: "Alice", last_name: "Doe", username: "alice", language_code: "en" };
/** A private chat with Alice. */
export const PRIVATE = { id: 777, type: "private", first_name: "Alice", last_name: "Doe", username: "alice" };
/** A supergroup. */
export const GROUP = { id: -1001234, type: "supergroup", title: "Team" };
/** A forum supergroup. */
export const FORUM = { id: -1005678, type: "supergroup", title: "Forum", is_forum: true };

let nextMessageId = 100;

/** A message update; `fields` are merged into the message. */
export function messageUpdate(chat: Record<string, unknown>, fields: Record<string, unknown>, updateId?: number): Record<string, unknown> {
  return {
    ...(updateId !== undefined ? { update_id: updateId } : {}),
    message: { message_id: nextMessageId++, date: now(), chat, from: ALICE, ...fields },
  };
}

/** Text with the entities Telegram would attach to it. */
export function textWithEntities(text: string): { text: string; entities?: Array<Record<string, unknown>> } {
  const entities: Array<Record<string, unknown>> = [];
  for (const m of text.matchAll(/@[A-Za-z0-9_]+/g)) entities.push({ type: "mention", offset: m.index, length: m[0].length });
  const cmd = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (cmd) entities.push({ type: "bot_command", offset: 0, length: cmd[0].length });
  return entities.length > 0 ? { text, entities } : { text };
}
