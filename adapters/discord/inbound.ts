import { ChannelType, type Attachment as DiscordAttachment, type ChatInputCommandInteraction, type Message } from "discord.js";
import type { Logger } from "pino";
import type { BlobStore } from "../../src/blobs.js";
import { inboundId, MAX_INBOUND_TEXT, type Attachment, type InboundMessageInput } from "../../src/message.js";
import { ROUTE, type CommandDefinition } from "./types.js";

/** What normalization needs besides the message. */
export interface InboundDeps {
  botId: string;
  blobs: BlobStore;
  maxFileBytes: number;
  logger: Logger;
  /** Download function (global fetch by default). */
  fetch?: typeof fetch;
  now?: () => number;
}

/** The conversation id of a Discord channel; a thread is a channel of its own, so it is its own conversation. */
export function discordConversationId(channelId: string): string {
  return `discord:${channelId}`;
}

/** True when the bot should answer: every DM; in servers only a mention of the bot or a reply to one of its messages. */
export function addressesBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.system) return false;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId) || message.mentions.repliedUser?.id === botId;
}

/** Removes the bot's own mention and turns other user mentions into readable names. */
export function cleanContent(message: Message, botId: string): string {
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, "g"), "")
    .replace(/<@!?(\d+)>/g, (whole, id: string) => {
      const user = message.mentions.users.get(id);
      return user ? `@${user.globalName ?? user.username}` : whole;
    })
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

const EXTENSION_MIME: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ogg: "audio/ogg",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  json: "application/json",
};

/** Which attachments the relay takes (images, audio, text files) and as what kind. */
export function attachmentKind(mime: string, isVoice: boolean): Attachment["kind"] | undefined {
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("audio/")) return isVoice ? "voice" : "audio";
  if (mime.startsWith("text/") || mime === "application/json") return "document";
  return undefined;
}

async function download(url: string, maxBytes: number, fetchFn: typeof fetch): Promise<Uint8Array> {
  const res = await fetchFn(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`attachment download failed: HTTP ${res.status}`);
  const data = new Uint8Array(await res.arrayBuffer());
  if (data.length > maxBytes) throw new Error("attachment larger than announced");
  return data;
}

/** Fetches one attachment into the blob store, or records why it was skipped. */
export async function fetchAttachment(att: DiscordAttachment, deps: InboundDeps): Promise<Attachment> {
  const ext = att.name.split(".").pop()?.toLowerCase() ?? "";
  const mime = (att.contentType ?? EXTENSION_MIME[ext] ?? "application/octet-stream").split(";")[0]!.trim();
  const kind = attachmentKind(mime, att.waveform !== null && att.waveform !== undefined);
  const base = { mime, size: att.size, name: att.name.slice(0, 500), blobRef: "" };
  if (!kind) return { ...base, kind: mime.startsWith("video/") ? "video" : "other", skipped: "unsupported" };
  if (att.size > deps.maxFileBytes) return { ...base, kind, skipped: "too_large" };
  try {
    const data = await download(att.url, deps.maxFileBytes, deps.fetch ?? fetch);
    const blobRef = await deps.blobs.put(data, { mime, name: att.name });
    return { ...base, kind, size: data.length, blobRef };
  } catch (err) {
    deps.logger.warn({ err, attachment: att.id }, "discord attachment not fetched");
    return { ...base, kind, skipped: "download_failed" };
  }
}

function chatTitle(message: Message): string | undefined {
  const channel = message.channel;
  if (channel.type === ChannelType.DM) return undefined;
  return "name" in channel && typeof channel.name === "string" ? channel.name.slice(0, 300) : undefined;
}

/** A Discord message (already gated by `addressesBot`) as an InboundMessage; attachments fetched into the blob store. */
export async function normalizeMessage(message: Message, deps: InboundDeps): Promise<InboundMessageInput> {
  const channelId = message.channelId;
  const attachments = await Promise.all([...message.attachments.values()].slice(0, 20).map((a) => fetchAttachment(a, deps)));
  const ref = message.reference?.messageId;
  const referenced = ref ? message.channel.messages.cache.get(ref) : undefined;
  const route: Record<string, string> = { [ROUTE.messageId]: message.id, [ROUTE.channelId]: channelId };
  if (message.guildId) route[ROUTE.guildId] = message.guildId;
  return {
    id: inboundId("discord", channelId, message.id),
    channel: "discord",
    conversationId: discordConversationId(channelId),
    chat: { id: channelId, type: message.inGuild() ? "group" : "direct", title: chatTitle(message) },
    sender: {
      id: message.author.id,
      name: (message.member?.displayName ?? message.author.globalName ?? message.author.username).slice(0, 300),
      isBot: message.author.bot,
    },
    text: cleanContent(message, deps.botId).slice(0, MAX_INBOUND_TEXT),
    attachments,
    replyTo: ref
      ? {
          id: inboundId("discord", channelId, ref),
          quotesBot: message.mentions.repliedUser?.id === deps.botId,
          text: referenced?.content ? referenced.content.slice(0, MAX_INBOUND_TEXT) : undefined,
        }
      : undefined,
    mentionsBot: message.mentions.users.has(deps.botId),
    sentAt: message.createdTimestamp,
    receivedAt: (deps.now ?? Date.now)(),
    route,
  };
}

/** The text a slash command stands for: a `prompt` command's first option, else `/name values...`. */
export function interactionText(interaction: ChatInputCommandInteraction, def: CommandDefinition): string {
  const values = def.options.map((o) => interaction.options.getString(o.name) ?? "").filter((v) => v !== "");
  if (def.kind === "prompt") return values.join("\n");
  return [`/${def.name}`, ...values].join(" ");
}

/** A slash command as an InboundMessage; `route` carries the interaction token so the outbox answers it with follow-ups. */
export function normalizeInteraction(interaction: ChatInputCommandInteraction, def: CommandDefinition, now = Date.now()): InboundMessageInput {
  const channelId = interaction.channelId;
  const route: Record<string, string> = {
    [ROUTE.channelId]: channelId,
    [ROUTE.interactionId]: interaction.id,
    [ROUTE.interactionToken]: interaction.token,
    [ROUTE.applicationId]: interaction.applicationId,
  };
  if (interaction.guildId) route[ROUTE.guildId] = interaction.guildId;
  const user = interaction.user;
  return {
    id: inboundId("discord", channelId, interaction.id),
    channel: "discord",
    conversationId: discordConversationId(channelId),
    chat: { id: channelId, type: interaction.guildId ? "group" : "direct" },
    sender: { id: user.id, name: (user.globalName ?? user.username).slice(0, 300), isBot: user.bot, locale: interaction.locale },
    text: interactionText(interaction, def).slice(0, MAX_INBOUND_TEXT),
    attachments: [],
    mentionsBot: true,
    sentAt: interaction.createdTimestamp,
    receivedAt: now,
    route,
  };
}
