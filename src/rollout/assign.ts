import { createHash } from "node:crypto";
import type { ChannelName } from "../message.js";
import type { Assignment, ChannelRollout } from "./types.js";

const SCALE = 2 ** 48;

/** A stable position in [0, 100) for a user: the same inputs always give the same number, uniformly spread. */
export function bucket(salt: string, channel: ChannelName, userId: string): number {
  const hash = createHash("sha256").update(`${salt}:${channel}:${userId}`).digest();
  return (hash.readUIntBE(0, 6) / SCALE) * 100;
}

/**
 * Decides whether a user is in a channel's rollout and which cohort they are in. Admission compares one hash with the
 * percentage, so raising the percentage only ever adds users; the variant uses a second, independent hash so cohorts
 * do not line up with admission order.
 */
export function assign(rollout: ChannelRollout, channel: ChannelName, userId: string): Assignment {
  const out = (reason: Assignment["reason"]): Assignment => ({ channel, admitted: false, reason, cohort: "out" });
  if (rollout.killed) return out("killed");
  if (rollout.deny.includes(userId)) return out("denied");
  if (!rollout.enabled) return out("disabled");
  let reason: Assignment["reason"];
  if (rollout.allow.includes(userId)) reason = "allowed";
  else if (bucket("rollout", channel, userId) < rollout.percent) reason = "in_percent";
  else return out("outside_percent");
  const position = bucket("variant", channel, userId);
  let edge = 0;
  for (const v of rollout.variants) {
    edge += v.percent;
    if (position < edge) return { channel, admitted: true, reason, cohort: v.name, model: v.model };
  }
  return { channel, admitted: true, reason, cohort: "default" };
}
