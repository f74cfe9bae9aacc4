import { z } from "zod";

/** What the relay does with one incoming turn. */
export const SAFETY_ACTIONS = ["answer", "care", "escalate", "refuse"] as const;
/** What the relay does with one incoming turn. */
export const SafetyActionSchema = z.enum(SAFETY_ACTIONS);
/** What the relay does with one incoming turn. */
export type SafetyAction = z.infer<typeof SafetyActionSchema>;

/** The MLCommons / Llama Guard 3 hazard taxonomy, plus `emergency` (a medical emergency: escalate). */
export const HAZARD_NAMES = {
  S1: "violent crimes",
  S2: "non-violent crimes",
  S3: "sex-related crimes",
  S4: "child sexual exploitation",
  S5: "defamation",
  S6: "specialized advice (health and medication: answered with care)",
  S7: "privacy",
  S8: "intellectual property",
  S9: "indiscriminate weapons",
  S10: "hate",
  S11: "suicide and self-harm",
  S12: "sexual content",
  S13: "elections",
  S14: "code interpreter abuse",
  emergency: "medical emergency",
} as const;

/** A hazard category code. */
export type HazardCategory = keyof typeof HAZARD_NAMES;

/** True for a known category code. */
export function isHazardCategory(value: string): value is HazardCategory {
  return Object.hasOwn(HAZARD_NAMES, value);
}

/** The verdict on one incoming turn. */
export interface Classification {
  action: SafetyAction;
  /** The category that decided the action; absent for a plain `answer`. */
  category?: HazardCategory;
  /** Every category that scored, with its score (1 or more decides). */
  scores: Partial<Record<HazardCategory, number>>;
  /** Which rules fired, for logs and tuning. */
  reasons: string[];
  /** Where the verdict came from. */
  source: "rules" | "rules+learned" | "rules+model";
  /** The learned model's probabilities, when it ran. */
  learned?: Record<SafetyAction, number>;
}
