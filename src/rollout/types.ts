import { z } from "zod";
import type { ChannelName } from "../message.js";

/** Most entries an allow or deny list may hold (they are per-user exceptions, not a user database). */
export const MAX_LIST_ENTRIES = 10_000;

/** What users outside a channel's rollout are told once, unless the operator sets it to null (silence). */
export const DEFAULT_NOT_AVAILABLE_REPLY = "Thanks for writing! This assistant isn't available to everyone here yet - we'll let you know when it is.";

/** A model tried on a slice of a channel's admitted users. */
export const VariantSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, "1-50 characters of A-Z, a-z, 0-9, _, . and -"),
  model: z.string().min(1).max(200),
  percent: z.number().min(0).max(100),
});
/** A model variant. */
export type Variant = z.infer<typeof VariantSchema>;

const userList = z.array(z.string().min(1).max(200)).max(MAX_LIST_ENTRIES);

/** One channel's rollout: who gets answers, and on which model. */
export const ChannelRolloutSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Share of users admitted by stable hash, 0-100, decimals allowed. */
    percent: z.number().min(0).max(100).default(100),
    /** Always admitted (unless denied or killed), whatever the percentage. */
    allow: userList.default([]),
    /** Never admitted. */
    deny: userList.default([]),
    /** Stops the channel at once: nothing is answered. */
    killed: z.boolean().default(false),
    variants: z.array(VariantSchema).max(20).default([]),
    /** Said once to a user outside the rollout; null: silence. */
    notAvailableReply: z.string().max(2000).nullable().default(DEFAULT_NOT_AVAILABLE_REPLY),
  })
  .refine((r) => r.variants.reduce((sum, v) => sum + v.percent, 0) <= 100, { message: "variant percentages add up to more than 100", path: ["variants"] })
  .refine((r) => new Set(r.variants.map((v) => v.name)).size === r.variants.length, { message: "variant names must be unique", path: ["variants"] });
/** One channel's rollout. */
export type ChannelRollout = z.infer<typeof ChannelRolloutSchema>;
/** Input form (defaults not applied). */
export type ChannelRolloutInput = z.input<typeof ChannelRolloutSchema>;

/** The rollout of a channel nothing was stored for: on for everyone, so a fresh install just works. */
export function defaultRollout(): ChannelRollout {
  return ChannelRolloutSchema.parse({});
}

/** Why a user is in or out. */
export type RolloutReason = "killed" | "disabled" | "denied" | "allowed" | "in_percent" | "outside_percent";

/** The decision for one user of one channel. */
export interface Assignment {
  channel: ChannelName;
  admitted: boolean;
  reason: RolloutReason;
  /** `default`, a variant's name, or `out`. */
  cohort: string;
  /** The variant's model, when the user is in a variant cohort. */
  model?: string;
}
