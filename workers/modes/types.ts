import { z } from "zod";

/** The reasoning modes a turn can run in. */
export const MODES = ["instant", "thinking", "contemplating"] as const;
/** One reasoning mode. */
export const ModeSchema = z.enum(MODES);
/** One reasoning mode. */
export type Mode = z.infer<typeof ModeSchema>;

/** Why a mode was chosen, for logs and metrics. */
export type ModeSource = "message" | "conversation" | "channel" | "router" | "classifier";

/** The outcome of mode selection for one turn. */
export interface ModeChoice {
  mode: Mode;
  source: ModeSource;
  /** The cheap signals the router saw (empty when the mode was forced). */
  signals: string[];
}
