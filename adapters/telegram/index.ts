import type { FastifyInstance } from "fastify";
import { Telegraf } from "telegraf";
import type { ChannelAdapter, ChannelContext, ChannelHealth } from "../../src/channel.js";
import { PlatformAuthError, PlatformError } from "../../src/errors.js";
import { mapTelegramError, telegramErrorCode } from "./errors.js";
import { TELEGRAM_TEXT_LIMIT } from "./format.js";
import { normalizeUpdate } from "./inbound.js";
import { createLiveTurns, DEFAULT_STREAM_INTERVAL_MS, DEFAULT_TYPING_INTERVAL_MS } from "./live.js";
import { DEFAULT_MAX_FILE_BYTES, fetchMedia, type MediaFetcher } from "./media.js";
import { createPoster, deliverPart } from "./outbound.js";
import { recordReaction } from "./reactions.js";
import { createChatPacer, type RateSpec } from "./pacer.js";
import { TgUpdateSchema, type BotCommandSpec, type BotIdentity } from "./types.js";
import { registerWebhookRoute } from "./webhook.js";

/** Options of the Telegram adapter; everything it uses is passed in. */
export interface TelegramAdapterOptions {
  token: string;
  /** Bot API root, e.g. `https://api.telegram.org` or a local fake. */
  apiRoot: string;
  /** Public URL Telegram posts to (ends with `/telegram/webhook`); unset: long polling. */
  webhookUrl?: string;
  /** Required with `webhookUrl`; Telegram echoes it in `X-Telegram-Bot-Api-Secret-Token`. */
  webhookSecret?: string;
  /** Skips `getMe` at start (e.g. many webhook replicas). */
  botInfo?: BotIdentity;
  context: ChannelContext;
  /** The command menu set with `setMyCommands` at start. */
  commands?: BotCommandSpec[];
  streamIntervalMs?: number;
  typingIntervalMs?: number;
  maxFileBytes?: number;
  /** Visible characters per message (Telegram: 4096). */
  textLimit?: number;
  chatRate?: RateSpec;
  groupRate?: RateSpec;
  fetch?: typeof fetch;
  clock?: () => number;
}

/** Updates the relay asks Telegram for (`message_reaction` must be asked for by name; groups send it only to admin bots). */
export const ALLOWED_UPDATES = ["message", "callback_query", "message_reaction"] as const;

/** Builds the Telegram channel adapter (telegraf; long polling, or webhook on the shared server). */
export function createTelegramAdapter(options: TelegramAdapterOptions): ChannelAdapter {
  const { context, token } = options;
  const logger = context.logger;
  const clock = options.clock ?? Date.now;
  const limit = options.textLimit ?? TELEGRAM_TEXT_LIMIT;
  const webhook = options.webhookUrl !== undefined;
  const bot = new Telegraf(token, { telegram: { apiRoot: options.apiRoot, webhookReply: false }, handlerTimeout: Infinity });
  const pacer = createChatPacer({ chat: options.chatRate, group: options.groupRate, clock });
  const poster = createPoster(bot.telegram, pacer, logger);
  const live = createLiveTurns({
    poster,
    logger,
    limit,
    clock,
    streamIntervalMs: options.streamIntervalMs ?? DEFAULT_STREAM_INTERVAL_MS,
    typingIntervalMs: options.typingIntervalMs ?? DEFAULT_TYPING_INTERVAL_MS,
  });
  const media: MediaFetcher = {
    telegram: bot.telegram,
    token,
    apiRoot: options.apiRoot,
    blobs: context.blobs,
    maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    fetch: options.fetch ?? fetch,
    logger,
  };
  let identity: BotIdentity | undefined = options.botInfo;
  let health: ChannelHealth = { connected: false, state: "stopped" };
  let stopping = false;
  let launched: Promise<void> | undefined;
  const recent = new Map<number, Promise<void>>();
  let serial: Promise<unknown> = Promise.resolve();

  /** Turns one update into intake work; resolves once it is queued or deliberately ignored. */
  async function ingest(raw: unknown): Promise<void> {
    const envelope = TgUpdateSchema.safeParse(raw);
    if (!envelope.success || !identity) return;
    const update = envelope.data;
    if (update.message_reaction !== undefined) return recordReaction(update.message_reaction, { feedback: context.feedback, logger });
    const decision = normalizeUpdate(update, identity, clock());
    if (decision.action === "ignore") {
      logger.debug({ updateId: update.update_id, reason: decision.reason }, "telegram update ignored");
      return;
    }
    if (decision.action === "callback") {
      await bot.telegram.answerCbQuery(decision.callbackId).catch((err: unknown) => logger.debug({ err }, "answerCallbackQuery failed"));
      return;
    }
    const attachments = [];
    for (const ref of decision.media) attachments.push(await fetchMedia(media, ref));
    const result = await context.intake.accept({ ...decision.message, attachments });
    logger.debug({ updateId: update.update_id, id: result.id, status: result.status }, "telegram message accepted");
  }

  /** One update at a time, in arrival order; a repeated update_id shares the first one's outcome. */
  function handleOnce(raw: unknown): Promise<void> {
    const id = TgUpdateSchema.safeParse(raw).data?.update_id;
    if (id !== undefined) {
      const seen = recent.get(id);
      if (seen) return seen;
    }
    const run = serial.catch(() => undefined).then(() => ingest(raw));
    serial = run;
    if (id !== undefined) {
      recent.set(id, run);
      run.catch(() => recent.delete(id));
      if (recent.size > 2000) recent.delete(recent.keys().next().value!);
    }
    return run;
  }

  /** Polling: an update is confirmed by the next getUpdates, so it is retried here until intake takes it. */
  async function handlePolled(raw: unknown): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await handleOnce(raw);
      } catch (error) {
        if (stopping) throw error;
        const wait = Math.min(30_000, 250 * 2 ** attempt);
        logger.warn({ err: error, wait }, "telegram update not queued yet; retrying");
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  bot.use(async (ctx) => {
    await (webhook ? handleOnce(ctx.update) : handlePolled(ctx.update));
  });
  bot.catch((error) => {
    throw error;
  });

  const fail = (error: unknown, what: string): PlatformError => {
    const code = telegramErrorCode(error);
    const detail =
      code === 401
        ? "Telegram rejected the bot token (401): check TELEGRAM_BOT_TOKEN"
        : code === 409
          ? "another process is already taking this bot's updates (409 Conflict): stop it, or use webhook mode"
          : `${what}: ${error instanceof Error ? error.message : String(error)}`;
    health = { connected: false, state: "stopped", detail };
    logger.error({ code }, `telegram channel stopped: ${detail}`);
    const mapped = mapTelegramError(error, what);
    return code === 401 ? new PlatformAuthError("telegram", detail, { cause: error }) : mapped;
  };

  async function setCommands(): Promise<void> {
    const commands = (options.commands ?? [])
      .filter((c) => /^[a-z0-9_]{1,32}$/.test(c.name) && c.description.length > 0)
      .map((c) => ({ command: c.name, description: c.description.slice(0, 256) }));
    if (commands.length === 0) return;
    await bot.telegram.setMyCommands(commands).catch((err: unknown) => logger.warn({ err }, "setMyCommands failed"));
  }

  async function startPolling(): Promise<void> {
    await bot.telegram.deleteWebhook();
    // A first short poll surfaces 401/409 at start instead of inside telegraf's loop; it confirms nothing.
    await bot.telegram.callApi("getUpdates", { timeout: 0, limit: 1 });
    launched = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] });
    launched.catch((error: unknown) => {
      if (!stopping) fail(error, "polling");
    });
    health = { connected: true, state: "polling" };
  }

  return {
    name: "telegram",
    rateLimit: { max: 30, durationMs: 1000 },
    registerRoutes(http: FastifyInstance) {
      if (!webhook) return;
      if (!options.webhookSecret) throw new Error("telegram webhook mode needs a webhook secret (TELEGRAM_WEBHOOK_SECRET)");
      registerWebhookRoute({ http, secret: options.webhookSecret, logger, handle: (update) => bot.handleUpdate(update as never) });
    },
    async start() {
      stopping = false;
      health = { connected: false, state: "starting" };
      try {
        if (!identity) {
          const me = await bot.telegram.getMe();
          identity = { id: me.id, username: me.username };
        }
        bot.botInfo = { id: identity.id, username: identity.username, is_bot: true, first_name: identity.username } as typeof bot.botInfo;
        await setCommands();
        if (webhook) {
          await bot.telegram.setWebhook(options.webhookUrl!, { secret_token: options.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
          health = { connected: true, state: "webhook" };
        } else await startPolling();
        logger.info({ bot: identity.username, mode: health.state }, "telegram channel started");
      } catch (error) {
        throw fail(error, webhook ? "setWebhook" : "start");
      }
    },
    async stop() {
      stopping = true;
      live.stopAll();
      if (launched) {
        try {
          bot.stop("shutdown");
        } catch {
          // already stopped (e.g. after a 409)
        }
        await launched.catch(() => undefined);
        launched = undefined;
      }
      await serial.catch(() => undefined);
      health = { connected: false, state: "stopped", detail: health.detail };
    },
    async send(message, ledger) {
      const placeholderId = message.part === 0 ? await live.settle(message.turnId) : undefined;
      const result = await deliverPart({ poster, message, ledger, limit, placeholderId, logger });
      if (message.part === message.parts - 1) live.finish(message.turnId);
      return result;
    },
    onTurnEvent(event) {
      live.onEvent(event);
    },
    health() {
      return { ...health };
    },
  };
}
