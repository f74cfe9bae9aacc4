import { RelayError } from "../errors.js";
import { CHANNEL_NAMES, ChannelNameSchema, type ChannelName } from "../message.js";
import type { RolloutStore, RolloutTable } from "./store.js";
import type { ChannelRollout } from "./types.js";

/** Usage of `rollout`, for the CLI's help text. */
export const ROLLOUT_USAGE = `  spark-relay rollout show                          every channel's rollout
  spark-relay rollout <channel> <percent>           admit that share of users (0-100, decimals ok; stable per user)
  spark-relay rollout <channel> on|off|kill|unkill  switch a channel on or off; kill stops it at once
  spark-relay rollout <channel> allow|deny <userId> always admit / never admit one user
  spark-relay rollout <channel> remove <userId>     take a user off both lists
  spark-relay rollout <channel> variant <name> <model> <percent>   put that share of admitted users on another model (0 removes it)
  spark-relay rollout <channel> reply <text>|off    what users outside the rollout are told once (off: silence)`;

/** Runs `rollout ...` against the store; returns the text to print. */
export async function runRolloutCommand(args: string[], store: RolloutStore): Promise<string> {
  const [first, action, ...rest] = args;
  if (!first || first === "show") return formatTable(await store.readAll());
  const channel = parseChannel(first);
  if (!action) return formatTable(await store.readAll(), [channel]);
  const next = await store.update(channel, (current) => applyAction(current, action, rest));
  return `${channel}: ${describe(next)}`;
}

function parseChannel(value: string): ChannelName {
  const parsed = ChannelNameSchema.safeParse(value);
  if (!parsed.success) throw new RelayError(`unknown channel "${value}": one of ${CHANNEL_NAMES.join(", ")}`, "usage");
  return parsed.data;
}

function parsePercent(value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new RelayError(`percent must be a number from 0 to 100 (got "${value ?? ""}")`, "usage");
  }
  return n;
}

function needUser(rest: string[], action: string): string {
  const user = rest[0];
  if (!user) throw new RelayError(`rollout <channel> ${action} needs a user id`, "usage");
  return user;
}

/** Applies one CLI action to a channel's rollout. */
export function applyAction(current: ChannelRollout, action: string, rest: string[]): ChannelRollout {
  const r = { ...current };
  switch (action) {
    case "on":
      return { ...r, enabled: true };
    case "off":
      return { ...r, enabled: false };
    case "kill":
      return { ...r, killed: true };
    case "unkill":
      return { ...r, killed: false };
    case "allow": {
      const user = needUser(rest, action);
      return { ...r, allow: [...new Set([...r.allow, user])], deny: r.deny.filter((u) => u !== user) };
    }
    case "deny": {
      const user = needUser(rest, action);
      return { ...r, deny: [...new Set([...r.deny, user])], allow: r.allow.filter((u) => u !== user) };
    }
    case "remove": {
      const user = needUser(rest, action);
      return { ...r, allow: r.allow.filter((u) => u !== user), deny: r.deny.filter((u) => u !== user) };
    }
    case "variant":
      return applyVariant(r, rest);
    case "reply": {
      const text = rest.join(" ").trim();
      if (!text) throw new RelayError("rollout <channel> reply needs a text, or off for silence", "usage");
      return { ...r, notAvailableReply: text === "off" ? null : text };
    }
    default:
      if (!/^[\d.]+%?$/.test(action)) throw new RelayError(`unknown rollout action "${action}" (see --help)`, "usage");
      return { ...r, percent: parsePercent(action.replace(/%$/, "")) };
  }
}

function applyVariant(r: ChannelRollout, rest: string[]): ChannelRollout {
  const [name, model, percentText] = rest;
  if (!name) throw new RelayError("rollout <channel> variant <name> <model> <percent>", "usage");
  const others = r.variants.filter((v) => v.name !== name);
  if (model === "remove") return { ...r, variants: others };
  const percent = parsePercent(percentText);
  if (!model) throw new RelayError("rollout <channel> variant <name> <model> <percent>", "usage");
  if (percent === 0) return { ...r, variants: others };
  const total = others.reduce((sum, v) => sum + v.percent, 0) + percent;
  if (total > 100) throw new RelayError(`variants would cover ${total}% of admitted users; at most 100`, "usage");
  return { ...r, variants: [...others, { name, model, percent }] };
}

function describe(r: ChannelRollout): string {
  const state = r.killed ? "KILLED" : r.enabled ? "on" : "off";
  const variants = r.variants.map((v) => `${v.name}=${v.model}@${v.percent}%`).join(", ") || "none";
  const reply = r.notAvailableReply === null ? "silence" : JSON.stringify(r.notAvailableReply);
  return `${state}, ${r.percent}% of users, allow ${r.allow.length}, deny ${r.deny.length}, variants ${variants}, outside users get ${reply}`;
}

function formatTable(table: RolloutTable, only?: ChannelName[]): string {
  return (only ?? [...CHANNEL_NAMES]).map((c) => `${c.padEnd(9)} ${describe(table[c])}`).join("\n");
}
