import type { Redis } from "ioredis";
import { MODE_SETTINGS, type ModeSetting } from "../../src/config.js";
import { KEYS } from "../../src/keys.js";
import type { Command } from "../commands.js";
import type { Mode } from "./types.js";

/** Per-message prefixes that force a mode for that message only. */
export const MODE_PREFIXES: Record<string, Mode> = { fast: "instant", instant: "instant", think: "thinking", contemplate: "contemplating" };

const PREFIX = /^\/(fast|instant|think|contemplate)(?:@[A-Za-z0-9_]+)?(?:\s+|$)/i;

/** Splits a `/think ...` style prefix off a message; `mode` is undefined when there is none. */
export function stripModePrefix(text: string): { mode: Mode | undefined; text: string } {
  const trimmed = text.trimStart();
  const m = PREFIX.exec(trimmed);
  if (!m) return { mode: undefined, text };
  return { mode: MODE_PREFIXES[m[1]!.toLowerCase()], text: trimmed.slice(m[0].length) };
}

/** Field of the conversation settings hash holding the mode. */
const MODE_FIELD = "mode";

/** The conversation's chosen mode setting, if the user set one with `/mode`. */
export async function getConversationMode(redis: Redis, conversationId: string): Promise<ModeSetting | undefined> {
  const value = await redis.hget(KEYS.settings(conversationId), MODE_FIELD);
  return value && (MODE_SETTINGS as readonly string[]).includes(value) ? (value as ModeSetting) : undefined;
}

/** Stores the conversation's mode setting (kept as long as its history). */
export async function setConversationMode(redis: Redis, conversationId: string, mode: ModeSetting): Promise<void> {
  await redis.multi().hset(KEYS.settings(conversationId), MODE_FIELD, mode).expire(KEYS.settings(conversationId), 90 * 86400).exec();
}

const DESCRIBE: Record<ModeSetting, string> = {
  auto: "auto (I pick quick answers, thinking or several agents per message)",
  instant: "instant (quick, short answers)",
  thinking: "thinking (slower, more careful answers)",
  contemplating: "contemplating (several agents work on parts of the question, then I combine them)",
};

/** `/mode [auto|instant|thinking|contemplating]`: shows or sets this conversation's mode. */
export function createModeCommand(options: { channelDefault: (message: { channel: string }) => ModeSetting }): Command {
  return {
    name: "mode",
    description: "show or set how hard I think: /mode auto|instant|thinking|contemplating",
    async run({ redis, message, args }) {
      const wanted = args.trim().toLowerCase();
      if (wanted === "") {
        const current = (await getConversationMode(redis, message.conversationId)) ?? options.channelDefault(message);
        return `Mode: **${DESCRIBE[current]}**.\nChange it with /mode auto, /mode instant, /mode thinking or /mode contemplating; or start one message with /fast, /think or /contemplate.`;
      }
      const alias: Record<string, ModeSetting> = { fast: "instant", think: "thinking", contemplate: "contemplating" };
      const mode = (MODE_SETTINGS as readonly string[]).includes(wanted) ? (wanted as ModeSetting) : alias[wanted];
      if (!mode) return `I don't know the mode "${args.trim().slice(0, 40)}". Try /mode auto, /mode instant, /mode thinking or /mode contemplating.`;
      await setConversationMode(redis, message.conversationId, mode);
      return `Done - mode is now **${DESCRIBE[mode]}** for this conversation.`;
    },
  };
}

function prefixCommand(name: string, mode: Mode, description: string): Command {
  return {
    name,
    description,
    passThroughWithArgs: true,
    async run() {
      return `Put your question after /${name} and I'll answer it in ${mode} mode, e.g. "/${name} how do vaccines work?". To change the mode for the whole conversation use /mode ${mode}.`;
    },
  };
}

/** The mode commands for the registry (they show in /help and platform command menus). */
export function modeCommands(options: { channelDefault: (message: { channel: string }) => ModeSetting }): Command[] {
  return [
    createModeCommand(options),
    prefixCommand("fast", "instant", "answer this message quickly: /fast <message>"),
    prefixCommand("think", "thinking", "think carefully about this message: /think <message>"),
    prefixCommand("contemplate", "contemplating", "work on this message with several agents: /contemplate <message>"),
  ];
}
