import { RelayError } from "../errors.js";
import { CHANNEL_NAMES, ChannelNameSchema } from "../message.js";
import type { AccessControl } from "./access.js";

/** Usage of `pairing`, for the CLI's help text. */
export const PAIRING_USAGE = `  spark-relay pairing issue <channel> [hours]       print a single-use pairing code for that channel (default: valid 24 h)
  spark-relay pairing list                          paired users (<channel>:<user id>)
  spark-relay pairing revoke <channel>:<userId>     unpair a user`;

/** Runs `pairing ...` against access control; returns the text to print. */
export async function runPairingCommand(args: string[], access: AccessControl): Promise<string> {
  const [action, target, extra] = args;
  if (action === "issue") {
    const channel = ChannelNameSchema.safeParse(target);
    if (!channel.success) throw new RelayError(`pairing issue needs a channel: one of ${CHANNEL_NAMES.join(", ")}`, "usage");
    const hours = extra === undefined ? 24 : Number(extra);
    if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 365) throw new RelayError(`hours must be a number above 0 (got "${extra}")`, "usage");
    return access.issuePairingCode(Math.round(hours * 3600), channel.data);
  }
  if (action === "list") {
    const paired = await access.listPaired();
    return paired.length > 0 ? paired.join("\n") : "(no paired users)";
  }
  if (action === "revoke") {
    if (!target || !/^[a-z]+:.+/.test(target)) throw new RelayError("pairing revoke needs <channel>:<user id>", "usage");
    return (await access.revoke(target)) ? `${target}: unpaired` : `${target}: was not paired`;
  }
  throw new RelayError(`unknown pairing action "${action ?? ""}": issue, list or revoke`, "usage");
}
