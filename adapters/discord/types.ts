import { z } from "zod";

/** Discord's limit on one message's content (characters). */
export const DISCORD_MESSAGE_LIMIT = 2000;
/** Default interval between edits of a streamed reply (ms); Discord allows ~5 edits per 5 s per channel. */
export const DEFAULT_STREAM_INTERVAL_MS = 1500;
/** How often the typing indicator is re-sent (it lasts ~10 s on Discord's side). */
export const TYPING_REFRESH_MS = 8000;
/** Default largest attachment fetched into the blob store (MB). */
export const DEFAULT_MAX_FILE_MB = 8;

/** Keys of `route` the Discord adapter writes on inbound messages and reads back on outbound ones. */
export const ROUTE = {
  messageId: "messageId",
  channelId: "channelId",
  guildId: "guildId",
  interactionId: "interactionId",
  interactionToken: "interactionToken",
  applicationId: "applicationId",
} as const;

/** One option of a slash command (string options only: they become text). */
export const CommandOptionSchema = z.object({
  name: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  description: z.string().min(1).max(100),
  required: z.boolean().default(false),
  choices: z.array(z.object({ name: z.string().min(1).max(100), value: z.string().min(1).max(100) })).max(25).optional(),
});

/**
 * A slash command the adapter registers. `prompt` commands (like `/ask prompt:`) send their first option as plain text;
 * `command` ones become `/name value...` text for the relay's command table.
 */
export const CommandDefinitionSchema = z.object({
  name: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  description: z.string().min(1).max(100),
  kind: z.enum(["prompt", "command"]).default("command"),
  options: z.array(CommandOptionSchema).max(25).default([]),
});
/** A slash command definition. */
export type CommandDefinition = z.infer<typeof CommandDefinitionSchema>;
/** Input form of a slash command definition. */
export type CommandDefinitionInput = z.input<typeof CommandDefinitionSchema>;

/** The default commands: `/ask prompt:` and `/reset`; pass `modes` to add `/mode`. */
export function defaultCommands(modes: readonly string[] = []): CommandDefinitionInput[] {
  const commands: CommandDefinitionInput[] = [
    {
      name: "ask",
      description: "Ask the assistant something",
      kind: "prompt",
      options: [{ name: "prompt", description: "Your question", required: true }],
    },
    { name: "reset", description: "Forget this conversation and start fresh", kind: "command" },
  ];
  if (modes.length > 0) {
    commands.push({
      name: "mode",
      description: "Switch the answer mode",
      kind: "command",
      options: [{ name: "mode", description: "The mode", required: true, choices: modes.slice(0, 25).map((m) => ({ name: m, value: m })) }],
    });
  }
  return commands;
}

/** Shard setting: `auto` asks Discord for the recommended count; a number fixes it. */
export const ShardSettingSchema = z.union([z.literal("auto"), z.number().int().min(1).max(10_000)]);
/** Shard setting. */
export type ShardSetting = z.infer<typeof ShardSettingSchema>;
