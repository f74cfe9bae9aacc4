import { RelayError } from "../errors.js";
import type { PartnerKeyLimits, PartnerKeyStore } from "./store.js";

/** Usage of `keys`, for the CLI's help text. */
export const KEYS_USAGE = `  spark-relay keys create <partner> [--rpm N] [--daily-tokens N]   issue a partner API key (printed once)
  spark-relay keys list                      every key: id, partner, limits, revoked or not
  spark-relay keys revoke <id>               revoke a key at once`;

/** Runs `keys ...` against the store; returns the text to print. */
export async function runKeysCommand(args: string[], store: PartnerKeyStore): Promise<string> {
  const [action, ...rest] = args;
  switch (action) {
    case "create": {
      const { partner, limits } = parseCreate(rest);
      const { key, record } = await store.create(partner, limits);
      return [
        `key id:  ${record.id}`,
        `partner: ${record.partner}`,
        `limits:  ${record.requestsPerMinute} requests/minute, ${record.dailyTokens} tokens/day`,
        `key:     ${key}`,
        "This key is shown once and stored only as a hash: hand it to the partner now.",
      ].join("\n");
    }
    case "list": {
      const keys = await store.list();
      if (keys.length === 0) return "no partner keys";
      return keys
        .map((k) => `${k.id}  ${k.partner}  ${k.requestsPerMinute}/min  ${k.dailyTokens} tokens/day  created ${new Date(k.createdAt).toISOString()}${k.revokedAt ? `  REVOKED ${new Date(k.revokedAt).toISOString()}` : ""}`)
        .join("\n");
    }
    case "revoke": {
      const id = rest[0];
      if (!id) throw new RelayError("keys revoke <id> (see keys list)", "usage");
      if (!(await store.revoke(id))) throw new RelayError(`no partner key with id "${id}"`, "not_found");
      return `revoked ${id}`;
    }
    default:
      throw new RelayError(`keys needs create, list or revoke (got "${action ?? ""}")`, "usage");
  }
}

function parseCreate(rest: string[]): { partner: string; limits: PartnerKeyLimits } {
  const words: string[] = [];
  const limits: PartnerKeyLimits = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--rpm" || arg === "--daily-tokens") {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new RelayError(`${arg} needs a positive whole number`, "usage");
      if (arg === "--rpm") limits.requestsPerMinute = n;
      else limits.dailyTokens = n;
    } else words.push(arg);
  }
  const partner = words.join(" ").trim();
  if (!partner) throw new RelayError("keys create <partner>: name the partner the key is for", "usage");
  return { partner, limits };
}
