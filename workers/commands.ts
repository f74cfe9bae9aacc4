import type { Redis } from "ioredis";
import { clearHistory } from "../src/history.js";
import type { InboundMessage } from "../src/message.js";

/** What a command handler may use. */
export interface CommandContext {
  redis: Redis;
  message: InboundMessage;
  args: string;
  /** Names and one-line descriptions of every registered command, for /help. */
  commands: ReadonlyArray<{ name: string; description: string }>;
}

/** A chat command: answers with markdown; never reaches the model. */
export interface Command {
  name: string;
  description: string;
  /** A message prefix (`/think <question>`): with text after it the message goes on to the model; alone it runs as a command. */
  passThroughWithArgs?: boolean;
  run(context: CommandContext): Promise<string>;
}

/** Recognizes `/name`, `/name args` and `/name@botname args`. */
export function parseCommand(text: string): { name: string; args: string } | undefined {
  const m = /^\/([a-zA-Z][a-zA-Z0-9_]{0,31})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() };
}

/** /help and /start. */
export const helpCommand: Command = {
  name: "help",
  description: "what I can do",
  async run({ commands }) {
    const lines = commands.map((c) => `/${c.name} - ${c.description}`);
    return `Hi! I'm Spark, an AI assistant. Just write to me and I'll answer.\n\n**Commands**\n${lines.join("\n")}`;
  },
};

/** /reset: forget this conversation. */
export const resetCommand: Command = {
  name: "reset",
  description: "forget our conversation and start fresh",
  async run({ redis, message }) {
    await clearHistory(redis, message.conversationId);
    return "Done - I've forgotten our conversation. What would you like to talk about?";
  },
};

/** The command table; other parts of the relay add their commands to it. */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly aliases = new Map<string, string>();

  constructor(initial: Command[] = [helpCommand, resetCommand]) {
    for (const c of initial) this.add(c);
    this.alias("start", "help");
  }

  /** Registers a command (replacing one of the same name). */
  add(command: Command): this {
    this.commands.set(command.name, command);
    return this;
  }

  /** Makes `/alias` run `/target`. */
  alias(alias: string, target: string): this {
    this.aliases.set(alias, target);
    return this;
  }

  /** The command a text invokes, if any. */
  match(text: string): { command: Command; args: string } | undefined {
    const parsed = parseCommand(text);
    if (!parsed) return undefined;
    const name = this.aliases.get(parsed.name) ?? parsed.name;
    const command = this.commands.get(name);
    if (command?.passThroughWithArgs && parsed.args.length > 0) return undefined;
    return command ? { command, args: parsed.args } : undefined;
  }

  /** Every command, for /help and platform command menus. */
  list(): Array<{ name: string; description: string }> {
    return [...this.commands.values()].map((c) => ({ name: c.name, description: c.description }));
  }
}
