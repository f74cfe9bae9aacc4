import { once } from "node:events";
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  Routes,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type Message,
} from "discord.js";
import type { ChannelAdapter, ChannelContext, ChannelHealth } from "../../src/channel.js";
import { PlatformAuthError, PlatformError } from "../../src/errors.js";
import type { InboundMessageInput } from "../../src/message.js";
import { FATAL_CLOSE_CODES, isTokenInvalid, mapDiscordError } from "./errors.js";
import { addressesBot, normalizeInteraction, normalizeMessage } from "./inbound.js";
import { sendPart } from "./outbound.js";
import { recordDiscordReaction } from "./reactions.js";
import { TurnPresenter } from "./stream.js";
import {
  CommandDefinitionSchema,
  DEFAULT_MAX_FILE_MB,
  DEFAULT_STREAM_INTERVAL_MS,
  TYPING_REFRESH_MS,
  defaultCommands,
  type CommandDefinition,
  type CommandDefinitionInput,
  type ShardSetting,
} from "./types.js";

/** Everything the Discord adapter needs; built by main from `config.discord`. */
export interface DiscordAdapterOptions {
  token: string;
  /** REST base (`DISCORD_API_BASE`); the gateway URL comes from its `GET /gateway/bot`. */
  apiBase: string;
  /** Registers slash commands in this guild only (instant); unset registers them globally. */
  guildId?: string;
  context: ChannelContext;
  /** Slash commands to register; default `/ask` and `/reset` (see `defaultCommands(modes)` for `/mode`). */
  commands?: CommandDefinitionInput[];
  /** `auto`, a total shard count, or unset (one shard, or what a ShardingManager assigned). */
  shards?: ShardSetting;
  streamIntervalMs?: number;
  /** Streamed previews on (default) or typing only. */
  streaming?: boolean;
  maxFileBytes?: number;
  /** A 429 longer than this escapes discord.js's queue as a PlatformRateLimitError for the outbox to wait out. */
  maxInlineRateLimitMs?: number;
  /** Outbox limiter: Discord's global limit is 50 requests/s per bot. */
  rateLimit?: { max: number; durationMs: number };
}

function shardOptions(shards: ShardSetting | undefined): Partial<ClientOptions> {
  if (shards === undefined) return {};
  return shards === "auto" ? { shards: "auto" } : { shardCount: shards };
}

/** Builds the discord.js client the adapter drives. */
function buildClient(options: DiscordAdapterOptions): Client {
  const maxInline = options.maxInlineRateLimitMs ?? 10_000;
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
      // Reactions on answers are feedback; the answers are not in the cache (sent over REST), hence the partials.
      GatewayIntentBits.GuildMessageReactions,
      GatewayIntentBits.DirectMessageReactions,
    ],
    partials: [Partials.Channel, Partials.Message, Partials.Reaction, Partials.User],
    rest: { api: options.apiBase, rejectOnRateLimit: (data) => data.retryAfter > maxInline },
    allowedMentions: { parse: [] },
    ...shardOptions(options.shards),
  });
}

/** The Discord channel: gateway in, REST out, slash commands, streamed previews. */
export function createDiscordAdapter(options: DiscordAdapterOptions): ChannelAdapter {
  const { context } = options;
  const logger = context.logger.child({ channel: "discord" });
  const commands: CommandDefinition[] = (options.commands ?? defaultCommands()).map((c) => CommandDefinitionSchema.parse(c));
  const client = buildClient(options);
  const presenter = new TurnPresenter({
    rest: client.rest,
    logger,
    intervalMs: options.streamIntervalMs ?? DEFAULT_STREAM_INTERVAL_MS,
    typingRefreshMs: TYPING_REFRESH_MS,
    streaming: options.streaming,
  });
  let health: ChannelHealth = { connected: false, state: "stopped" };
  let stopped = false;

  const fail = (state: string, detail: string) => {
    health = { connected: false, state, detail };
    logger.error({ detail }, `discord channel stopped: ${detail}`);
    presenter.close();
    void client.destroy().catch(() => undefined);
  };

  const accept = async (input: InboundMessageInput) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await context.intake.accept(input);
      } catch (err) {
        if (attempt >= 3 || (err instanceof Error && err.name === "InvalidInputError")) throw err;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  };

  const onMessage = async (message: Message) => {
    const botId = client.user?.id;
    if (!botId || !addressesBot(message, botId)) return;
    const input = await normalizeMessage(message, {
      botId,
      blobs: context.blobs,
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * 1024 * 1024,
      logger,
    });
    if (input.text === "" && (input.attachments ?? []).length === 0) return;
    await accept(input);
  };

  const onInteraction = async (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const def = commands.find((c) => c.name === interaction.commandName);
    if (!def) return;
    // Discord drops an interaction not answered within 3 s: defer first, answer through the outbox later.
    await interaction.deferReply();
    try {
      await accept(normalizeInteraction(interaction, def));
    } catch (err) {
      await apologize(interaction);
      throw err;
    }
  };

  client.on(Events.MessageCreate, (m) => void onMessage(m).catch((err: unknown) => logger.error({ err, messageId: m.id }, "discord message not taken")));
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch((err: unknown) => logger.error({ err, interactionId: i.id }, "discord interaction not taken")));
  client.on(Events.MessageReactionAdd, (reaction, user) =>
    void recordDiscordReaction(reaction, user, { botId: client.user?.id, feedback: context.feedback, logger }).catch((err: unknown) =>
      logger.warn({ err, messageId: reaction.message.id }, "discord reaction not recorded"),
    ),
  );
  client.on(Events.ShardReconnecting, () => (health = { connected: false, state: "reconnecting" }));
  client.on(Events.ShardResume, () => (health = { connected: true, state: "ready" }));
  client.on(Events.ShardReady, () => (health = { connected: true, state: "ready" }));
  client.on(Events.ShardError, (err) => logger.warn({ err }, "discord gateway error"));
  client.on(Events.Error, (err) => logger.error({ err }, "discord client error"));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const reason = FATAL_CLOSE_CODES.get(event.code);
    if (!stopped) fail(event.code === 4004 ? "auth-failed" : "disconnected", `shard ${shardId} closed ${event.code}: ${reason ?? "not recoverable"}`);
  });

  const registerCommands = async () => {
    if (client.shard && !client.shard.ids.includes(0)) return; // only shard 0 registers
    const appId = client.application?.id ?? client.user?.id;
    if (!appId) return;
    const body = commands.map((c) => ({
      name: c.name,
      description: c.description,
      type: 1,
      options: c.options.map((o) => ({ type: 3, name: o.name, description: o.description, required: o.required, choices: o.choices })),
    }));
    const route = options.guildId ? Routes.applicationGuildCommands(appId, options.guildId) : Routes.applicationCommands(appId);
    try {
      await client.rest.put(route, { body });
    } catch (err) {
      const mapped = mapDiscordError(err);
      health = { ...health, detail: `slash commands not registered: ${mapped.message}` };
      logger.error({ err: mapped }, "discord slash commands not registered (invite with the applications.commands scope)");
    }
  };

  return {
    name: "discord",
    rateLimit: options.rateLimit ?? { max: 50, durationMs: 1000 },
    async start() {
      stopped = false;
      health = { connected: false, state: "connecting" };
      const ready = once(client, Events.ClientReady);
      ready.catch(() => undefined);
      try {
        await client.login(options.token);
      } catch (err) {
        const mapped = isTokenInvalid(err) || /authentication failed/i.test(String(err)) ? new PlatformAuthError("discord", "discord rejected the bot token (DISCORD_BOT_TOKEN): check it in the developer portal", { cause: err }) : mapDiscordError(err);
        fail(mapped instanceof PlatformAuthError ? "auth-failed" : "error", mapped.message);
        throw mapped;
      }
      await ready;
      health = { connected: true, state: "ready" };
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "discord connected");
      await registerCommands();
    },
    async stop() {
      stopped = true;
      presenter.close();
      await client.destroy();
      health = { connected: false, state: "stopped" };
    },
    async send(message, ledger) {
      const placeholder = message.part === 0 ? await presenter.takePlaceholder(message.turnId) : undefined;
      try {
        return await sendPart(client.rest, message, ledger, placeholder);
      } catch (err) {
        throw err instanceof PlatformError ? err : mapDiscordError(err);
      } finally {
        if (message.part === message.parts - 1) presenter.forget(message.turnId);
      }
    },
    onTurnEvent(event) {
      presenter.onEvent(event);
    },
    health() {
      return health;
    },
  };
}

/** Tells the user the command was not taken (intake failed after the deferral). */
async function apologize(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.editReply({ content: "Sorry, I couldn't take that just now. Please try again.", allowedMentions: { parse: [] } }).catch(() => undefined);
}

export { defaultCommands, type CommandDefinitionInput } from "./types.js";
