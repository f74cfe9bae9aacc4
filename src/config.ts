import { z } from "zod";
import { ConfigError } from "./errors.js";
import { CHANNEL_NAMES, type ChannelName } from "./message.js";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off", ""])
  .transform((v) => ["true", "1", "yes", "on"].includes(v));
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const url = z.url({ message: "must be a URL such as http://127.0.0.1:8000/v1" });
const optionalString = z.string().optional().transform((v) => (v === "" ? undefined : v));

/** Default system prompt; operators override it with SYSTEM_PROMPT or SYSTEM_PROMPT_<CHANNEL>. */
export const DEFAULT_SYSTEM_PROMPT =
  "You are Spark, a helpful, fast and friendly assistant in a chat app. Answer clearly and briefly unless asked for depth. " +
  "Use simple markdown (bold, italics, lists, code blocks) only when it helps.";

/** Default burst debounce per channel (ms): chat apps get bursts of short messages, the web chat and API do not. */
export const DEFAULT_DEBOUNCE_MS: Record<ChannelName, number> = { web: 0, api: 0, telegram: 1000, discord: 1000, whatsapp: 1000 };

const EnvSchema = z.object({
  REDIS_URL: optionalString.pipe(url.optional()),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: int(0, 65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  ADMIN_TOKEN: optionalString,

  MODEL_BASE_URL: optionalString.pipe(url.optional()),
  MODEL_API_KEY: optionalString,
  MODEL_NAME: optionalString,
  MODEL_THINKING_NAME: optionalString,
  MODEL_VISION_NAME: optionalString,
  MODEL_TRANSCRIBE_NAME: optionalString,
  MODEL_FALLBACK_NAME: optionalString,
  MODEL_PATH: optionalString,
  MODEL_TIMEOUT_MS: int(100, 3_600_000).default(60_000),
  MODEL_MAX_RETRIES: int(0, 10).default(3),
  MODEL_MAX_TOKENS: int(16, 200_000).default(1024),
  MODEL_LOCAL_SEQUENCES: int(1, 64).default(2),
  MODEL_LOCAL_CONTEXT_SIZE: int(256, 1_048_576).default(4096),
  MODEL_LOCAL_GPU: z.enum(["auto", "off"]).default("auto"),
  MODEL_LOCAL_THREADS: int(0, 1024).default(0),
  MODEL_DOWNLOAD_URL: optionalString.pipe(url.optional()),
  MODEL_DOWNLOAD_SHA256: optionalString.pipe(z.string().regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex digits").optional()),
  MODEL_REASONING_EFFORT: z.enum(["low", "medium", "high"]).default("medium"),
  MODEL_VISION_ALLOW_MAIN: bool.default(false),

  MODE_CLASSIFIER: bool.default(false),
  MODE_INSTANT_MAX_TOKENS: int(16, 200_000).default(512),
  MODE_THINKING_MAX_TOKENS: int(16, 200_000).default(4096),
  CONTEMPLATE_MAX_AGENTS: int(1, 8).default(3),
  CONTEMPLATE_TOKEN_BUDGET: int(500, 1_000_000).default(16_000),
  CONTEMPLATE_TIME_BUDGET_MS: int(1000, 3_600_000).default(90_000),
  CONTEMPLATE_AGENT_TIMEOUT_MS: int(500, 3_600_000).default(45_000),
  SUBAGENT_CONCURRENCY: int(1, 1000).default(8),

  MEDIA_MAX_IMAGES: int(0, 20).default(4),
  MEDIA_MAX_IMAGE_MB: int(1, 100).default(5),
  MEDIA_MAX_AUDIO_MB: int(1, 100).default(20),
  MEDIA_MAX_DOCUMENT_MB: int(1, 100).default(10),
  MEDIA_MAX_DOCUMENT_CHARS: int(1000, 1_000_000).default(40_000),
  BLOB_TTL_HOURS: int(1, 24 * 365).default(24),

  SYSTEM_PROMPT: z.string().min(1).default(DEFAULT_SYSTEM_PROMPT),
  HISTORY_TOKEN_BUDGET: int(200, 1_000_000).default(3000),
  WORKER_CONCURRENCY: int(1, 1000).default(16),
  TURN_LOCK_MS: int(1000, 3_600_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(15_000),
  DEDUPE_TTL_S: int(60, 30 * 86400).default(2 * 86400),

  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: url.default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: optionalString.pipe(url.optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_STREAM_INTERVAL_MS: int(1000, 60_000).default(1500),
  TELEGRAM_MAX_FILE_MB: int(1, 2000).default(20),

  DISCORD_BOT_TOKEN: optionalString,
  DISCORD_API_BASE: url.default("https://discord.com/api"),
  DISCORD_GUILD_ID: optionalString,
  DISCORD_SHARDS: optionalString
    .pipe(z.string().regex(/^(auto|[1-9]\d{0,4})$/, 'must be "auto" or a shard count such as 4').optional())
    .transform((v) => (v === undefined ? undefined : v === "auto" ? ("auto" as const) : Number(v))),
  DISCORD_STREAM_INTERVAL_MS: int(500, 60_000).default(1500),
  DISCORD_MAX_FILE_MB: int(1, 500).default(8),

  SAFETY_MODERATION_MODEL: optionalString,
  SAFETY_MODERATION_TIMEOUT_MS: int(100, 120_000).default(5000),
  SAFETY_COUNTRY: optionalString.pipe(z.string().regex(/^[A-Za-z]{2}$/, "two-letter country code such as US, GB, BR").optional()),
  RATE_LIMIT_PER_MIN: int(0, 100_000).default(20),
  DAILY_TOKEN_QUOTA: int(0, 1_000_000_000).default(200_000),
  ACCESS_PAIRING: bool.default(false),
  DENYLIST: z.string().default(""),
  ALLOWLIST: z.string().default(""),

  WHATSAPP_ENABLED: bool.default(false),
  WHATSAPP_CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  WHATSAPP_PAIRING_NUMBER: optionalString.pipe(z.string().regex(/^\d{7,15}$/, "international number, digits only, e.g. 4915123456789").optional()),
  WHATSAPP_WATCHDOG_MS: int(10_000, 86_400_000).default(30 * 60_000),
  WHATSAPP_WORKING_NOTE_MS: int(0, 3_600_000).default(20_000),
  WHATSAPP_MAX_FILE_MB: int(1, 100).default(16),
});

/** How a turn's reasoning mode is chosen by default: the router (`auto`) or a fixed mode. */
export type ModeSetting = "auto" | "instant" | "thinking" | "contemplating";
/** Accepted values of MODE_DEFAULT_<CHANNEL> and `/mode`. */
export const MODE_SETTINGS: readonly ModeSetting[] = ["auto", "instant", "thinking", "contemplating"];

/** Per-channel settings. */
export interface ChannelSettings {
  systemPrompt: string;
  debounceMs: number;
}

/** The validated, frozen configuration. */
export interface Config {
  redisUrl: string | undefined;
  host: string;
  port: number;
  dataDir: string;
  logLevel: string;
  /** `auto`: readable on a terminal, JSON lines otherwise. */
  logFormat: "auto" | "pretty" | "json";
  adminToken: string | undefined;
  model: {
    baseUrl: string | undefined;
    apiKey: string | undefined;
    name: string | undefined;
    thinkingName: string | undefined;
    visionName: string | undefined;
    transcribeName: string | undefined;
    fallbackName: string | undefined;
    path: string | undefined;
    timeoutMs: number;
    maxRetries: number;
    maxTokens: number;
    /** The embedded model (used when baseUrl is unset). */
    local: { sequences: number; contextSize: number; gpu: "auto" | "off"; threads: number; downloadUrl: string | undefined; downloadSha256: string | undefined };
  };
  turn: {
    historyTokenBudget: number;
    concurrency: number;
    lockDurationMs: number;
    shutdownTimeoutMs: number;
    dedupeTtlS: number;
  };
  channels: Record<ChannelName, ChannelSettings>;
  /** Reasoning modes: router, budgets, contemplating. */
  modes: {
    defaults: Record<ChannelName, ModeSetting>;
    classifier: boolean;
    reasoningEffort: "low" | "medium" | "high";
    instantMaxTokens: number;
    thinkingMaxTokens: number;
    contemplate: { maxAgents: number; tokenBudget: number; timeBudgetMs: number; agentTimeoutMs: number; concurrency: number };
  };
  /** Media in inbound messages: limits, vision fallback, blob expiry. */
  media: {
    visionAllowMain: boolean;
    maxImages: number;
    maxImageBytes: number;
    maxAudioBytes: number;
    maxDocumentBytes: number;
    maxDocumentChars: number;
    blobTtlMs: number;
  };
  telegram:
    | {
        token: string;
        apiRoot: string;
        webhookUrl: string | undefined;
        webhookSecret: string | undefined;
        /** Interval between streaming edits of the placeholder (ms, >= 1000). */
        streamIntervalMs: number;
        /** Largest media file fetched (bytes; the public Bot API serves at most 20 MB). */
        maxFileBytes: number;
      }
    | undefined;
  discord:
    | {
        token: string;
        apiBase: string;
        guildId: string | undefined;
        /** `auto`, a shard count, or unset (one shard / what a ShardingManager assigned). */
        shards: "auto" | number | undefined;
        streamIntervalMs: number;
        maxFileBytes: number;
      }
    | undefined;
  safety: SafetyConfig;
  whatsapp: {
    enabled: boolean;
    chromiumPath: string;
    pairingNumber: string | undefined;
    watchdogMs: number;
    /** 0 disables the "working on it" note. */
    workingNoteMs: number;
    maxFileBytes: number;
  };
}

/** Safety settings: moderation model, per-user limits (0 = unlimited) by channel, access lists and pairing. */
export interface SafetyConfig {
  moderationModel: string | undefined;
  moderationTimeoutMs: number;
  /** Country for crisis resources when the sender's locale names none. */
  country: string | undefined;
  limits: { default: { perMinute: number; dailyTokens: number }; channels: Partial<Record<ChannelName, { perMinute?: number; dailyTokens?: number }>> };
  denylist: string[];
  allowlist: string[];
  pairing: boolean;
}

function safetySettings(env: Record<string, string | undefined>, e: z.infer<typeof EnvSchema>, problems: string[]): SafetyConfig {
  const list = (raw: string) => raw.split(/[\s,]+/).filter((v) => v.length > 0);
  const channels: SafetyConfig["limits"]["channels"] = {};
  for (const channel of CHANNEL_NAMES) {
    const entry: { perMinute?: number; dailyTokens?: number } = {};
    for (const [key, field] of [["RATE_LIMIT_PER_MIN", "perMinute"], ["DAILY_TOKEN_QUOTA", "dailyTokens"]] as const) {
      const name = `${key}_${channel.toUpperCase()}`;
      const raw = env[name];
      if (raw === undefined || raw === "") continue;
      const parsed = int(0, 1_000_000_000).safeParse(raw);
      if (parsed.success) entry[field] = parsed.data;
      else problems.push(`${name}: must be a whole number, 0 for unlimited (got "${raw}")`);
    }
    if (Object.keys(entry).length > 0) channels[channel] = entry;
  }
  return {
    moderationModel: e.SAFETY_MODERATION_MODEL,
    moderationTimeoutMs: e.SAFETY_MODERATION_TIMEOUT_MS,
    country: e.SAFETY_COUNTRY?.toUpperCase(),
    limits: { default: { perMinute: e.RATE_LIMIT_PER_MIN, dailyTokens: e.DAILY_TOKEN_QUOTA }, channels },
    denylist: list(e.DENYLIST),
    allowlist: list(e.ALLOWLIST),
    pairing: e.ACCESS_PAIRING,
  };
}

function perChannel(env: Record<string, string | undefined>, base: z.infer<typeof EnvSchema>, problems: string[]) {
  const out = {} as Record<ChannelName, ChannelSettings>;
  for (const channel of CHANNEL_NAMES) {
    const suffix = channel.toUpperCase();
    const prompt = env[`SYSTEM_PROMPT_${suffix}`];
    const debounceRaw = env[`DEBOUNCE_MS_${suffix}`];
    let debounceMs = DEFAULT_DEBOUNCE_MS[channel];
    if (debounceRaw !== undefined && debounceRaw !== "") {
      const parsed = int(0, 60_000).safeParse(debounceRaw);
      if (parsed.success) debounceMs = parsed.data;
      else problems.push(`DEBOUNCE_MS_${suffix}: must be a whole number of milliseconds from 0 to 60000 (got "${debounceRaw}")`);
    }
    out[channel] = { systemPrompt: prompt && prompt.length > 0 ? prompt : base.SYSTEM_PROMPT, debounceMs };
  }
  return out;
}

function modeDefaults(env: Record<string, string | undefined>, problems: string[]): Record<ChannelName, ModeSetting> {
  const out = {} as Record<ChannelName, ModeSetting>;
  for (const channel of CHANNEL_NAMES) {
    const key = `MODE_DEFAULT_${channel.toUpperCase()}`;
    const raw = env[key];
    out[channel] = "auto";
    if (raw === undefined || raw === "") continue;
    if ((MODE_SETTINGS as readonly string[]).includes(raw)) out[channel] = raw as ModeSetting;
    else problems.push(`${key}: must be one of ${MODE_SETTINGS.join(", ")} (got "${raw}")`);
  }
  return out;
}

/** Validates the environment once; throws ConfigError naming every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? "?");
      const got = env[key];
      return `${key}: ${i.message}${got === undefined ? "" : ` (got "${key.includes("TOKEN") || key.includes("KEY") || key.includes("SECRET") ? "[redacted]" : got}")`}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const channels = perChannel(env, e, problems);
  const safety = safetySettings(env, e, problems);
  const defaultModes = modeDefaults(env, problems);
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    problems.push("TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set (Telegram sends it back on every update)");
  }
  if (e.TELEGRAM_WEBHOOK_SECRET && !/^[A-Za-z0-9_-]{1,256}$/.test(e.TELEGRAM_WEBHOOK_SECRET)) {
    problems.push("TELEGRAM_WEBHOOK_SECRET: 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config: Config = {
    redisUrl: e.REDIS_URL,
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    adminToken: e.ADMIN_TOKEN,
    model: {
      baseUrl: e.MODEL_BASE_URL,
      apiKey: e.MODEL_API_KEY,
      name: e.MODEL_NAME,
      thinkingName: e.MODEL_THINKING_NAME,
      visionName: e.MODEL_VISION_NAME,
      transcribeName: e.MODEL_TRANSCRIBE_NAME,
      fallbackName: e.MODEL_FALLBACK_NAME,
      path: e.MODEL_PATH,
      timeoutMs: e.MODEL_TIMEOUT_MS,
      maxRetries: e.MODEL_MAX_RETRIES,
      maxTokens: e.MODEL_MAX_TOKENS,
      local: {
        sequences: e.MODEL_LOCAL_SEQUENCES,
        contextSize: e.MODEL_LOCAL_CONTEXT_SIZE,
        gpu: e.MODEL_LOCAL_GPU,
        threads: e.MODEL_LOCAL_THREADS,
        downloadUrl: e.MODEL_DOWNLOAD_URL,
        downloadSha256: e.MODEL_DOWNLOAD_SHA256?.toLowerCase(),
      },
    },
    turn: {
      historyTokenBudget: e.HISTORY_TOKEN_BUDGET,
      concurrency: e.WORKER_CONCURRENCY,
      lockDurationMs: e.TURN_LOCK_MS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      dedupeTtlS: e.DEDUPE_TTL_S,
    },
    channels,
    modes: {
      defaults: defaultModes,
      classifier: e.MODE_CLASSIFIER,
      reasoningEffort: e.MODEL_REASONING_EFFORT,
      instantMaxTokens: e.MODE_INSTANT_MAX_TOKENS,
      thinkingMaxTokens: e.MODE_THINKING_MAX_TOKENS,
      contemplate: {
        maxAgents: e.CONTEMPLATE_MAX_AGENTS,
        tokenBudget: e.CONTEMPLATE_TOKEN_BUDGET,
        timeBudgetMs: e.CONTEMPLATE_TIME_BUDGET_MS,
        agentTimeoutMs: e.CONTEMPLATE_AGENT_TIMEOUT_MS,
        concurrency: e.SUBAGENT_CONCURRENCY,
      },
    },
    media: {
      visionAllowMain: e.MODEL_VISION_ALLOW_MAIN,
      maxImages: e.MEDIA_MAX_IMAGES,
      maxImageBytes: e.MEDIA_MAX_IMAGE_MB * 1024 * 1024,
      maxAudioBytes: e.MEDIA_MAX_AUDIO_MB * 1024 * 1024,
      maxDocumentBytes: e.MEDIA_MAX_DOCUMENT_MB * 1024 * 1024,
      maxDocumentChars: e.MEDIA_MAX_DOCUMENT_CHARS,
      blobTtlMs: e.BLOB_TTL_HOURS * 3600_000,
    },
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhookUrl: e.TELEGRAM_WEBHOOK_URL,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
          streamIntervalMs: e.TELEGRAM_STREAM_INTERVAL_MS,
          maxFileBytes: e.TELEGRAM_MAX_FILE_MB * 1024 * 1024,
        }
      : undefined,
    discord: e.DISCORD_BOT_TOKEN
      ? {
          token: e.DISCORD_BOT_TOKEN,
          apiBase: e.DISCORD_API_BASE,
          guildId: e.DISCORD_GUILD_ID,
          shards: e.DISCORD_SHARDS,
          streamIntervalMs: e.DISCORD_STREAM_INTERVAL_MS,
          maxFileBytes: e.DISCORD_MAX_FILE_MB * 1024 * 1024,
        }
      : undefined,
    safety,
    whatsapp: {
      enabled: e.WHATSAPP_ENABLED,
      chromiumPath: e.WHATSAPP_CHROMIUM_PATH,
      pairingNumber: e.WHATSAPP_PAIRING_NUMBER,
      watchdogMs: e.WHATSAPP_WATCHDOG_MS,
      workingNoteMs: e.WHATSAPP_WORKING_NOTE_MS,
      maxFileBytes: e.WHATSAPP_MAX_FILE_MB * 1024 * 1024,
    },
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
