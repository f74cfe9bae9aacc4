import { z } from "zod";

/** A Telegram user, as the Bot API sends it. */
export const TgUserSchema = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
/** A Telegram user. */
export type TgUser = z.infer<typeof TgUserSchema>;

/** A chat. */
export const TgChatSchema = z.looseObject({
  id: z.number().int(),
  type: z.enum(["private", "group", "supergroup", "channel"]),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  is_forum: z.boolean().optional(),
});

/** A message entity (mention, command, formatting). Offsets are UTF-16 code units, like JS strings. */
export const TgEntitySchema = z.looseObject({
  type: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  user: TgUserSchema.optional(),
});
/** A message entity. */
export type TgEntity = z.infer<typeof TgEntitySchema>;

/** Fields every downloadable file carries. */
export const TgFileSchema = z.looseObject({
  file_id: z.string().min(1),
  file_unique_id: z.string().optional(),
  file_size: z.number().int().nonnegative().optional(),
  mime_type: z.string().optional(),
  file_name: z.string().optional(),
});
/** A downloadable file. */
export type TgFile = z.infer<typeof TgFileSchema>;

/** One size of a photo. */
export const TgPhotoSizeSchema = TgFileSchema.extend({ width: z.number().int(), height: z.number().int() });

const messageShape = {
  message_id: z.number().int(),
  date: z.number().int().nonnegative(),
  chat: TgChatSchema,
  from: TgUserSchema.optional(),
  sender_chat: TgChatSchema.optional(),
  message_thread_id: z.number().int().optional(),
  is_topic_message: z.boolean().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(TgEntitySchema).optional(),
  caption_entities: z.array(TgEntitySchema).optional(),
  photo: z.array(TgPhotoSizeSchema).optional(),
  voice: TgFileSchema.optional(),
  audio: TgFileSchema.optional(),
  document: TgFileSchema.optional(),
  sticker: TgFileSchema.extend({ emoji: z.string().optional() }).optional(),
  forum_topic_created: z.unknown().optional(),
};

/** A message quoted by a reply (one level deep). */
export const TgRepliedMessageSchema = z.looseObject(messageShape);

/** A message. */
export const TgMessageSchema = z.looseObject({
  ...messageShape,
  reply_to_message: TgRepliedMessageSchema.optional(),
  quote: z.looseObject({ text: z.string() }).optional(),
});
/** A message. */
export type TgMessage = z.infer<typeof TgMessageSchema>;

/** The envelope of every update; the payload fields are parsed one by one so an odd field never fails the update. */
export const TgUpdateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: z.unknown().optional(),
  callback_query: z.looseObject({ id: z.string() }).optional(),
  message_reaction: z.unknown().optional(),
});
/** An update envelope. */
export type TgUpdate = z.infer<typeof TgUpdateSchema>;

/** One reaction: an emoji, a custom emoji or a paid star (only emoji reactions can be feedback). */
export const TgReactionTypeSchema = z.looseObject({ type: z.string(), emoji: z.string().optional() });

/** A `message_reaction` update: a user's reactions on a message changed (bots receive these only when admin in groups). */
export const TgMessageReactionSchema = z.looseObject({
  chat: TgChatSchema,
  message_id: z.number().int(),
  user: TgUserSchema.optional(),
  actor_chat: TgChatSchema.optional(),
  date: z.number().int().nonnegative(),
  old_reaction: z.array(TgReactionTypeSchema),
  new_reaction: z.array(TgReactionTypeSchema),
});
/** A `message_reaction` update's payload. */
export type TgMessageReaction = z.infer<typeof TgMessageReactionSchema>;

/** What the adapter knows about its own bot (from getMe). */
export interface BotIdentity {
  id: number;
  username: string;
}

/** A chat command for Telegram's command menu (`setMyCommands`). */
export interface BotCommandSpec {
  name: string;
  description: string;
}

/** Keys of `InboundMessage.route` this channel writes and reads. */
export const ROUTE = { messageId: "messageId", threadId: "threadId", chatType: "chatType" } as const;
