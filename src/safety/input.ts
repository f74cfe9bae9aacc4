import type { RuleClassifier } from "./classify.js";
import type { ModerationCheck } from "./moderation.js";
import type { Classification, HazardCategory } from "./types.js";

/** The input check a turn runs: rules always, the moderation model when configured. */
export type InputCheck = (text: string, options?: { signal?: AbortSignal }) => Promise<Classification>;

/** Something to tell about a moderation failure (a pino logger fits). */
export interface ModerationLogger {
  warn(object: object, message: string): void;
}

/**
 * Rules decide escalation and are never overridden downwards; a configured moderation model can only add:
 * S11 -> escalate, S6 -> care, any other category -> refuse. A failing model leaves the rules' verdict.
 */
export function createInputCheck(options: { rules: RuleClassifier; moderation?: ModerationCheck; logger?: ModerationLogger }): InputCheck {
  return async (text, callOptions) => {
    const verdict = options.rules(text);
    if (!options.moderation || verdict.action === "escalate" || verdict.action === "refuse") return verdict;
    let flagged: HazardCategory[];
    try {
      const answer = await options.moderation(text, callOptions);
      if (answer.safe) return { ...verdict, source: "rules+model" };
      flagged = answer.categories;
    } catch (error) {
      options.logger?.warn({ err: error }, "moderation model failed; using the built-in rules alone");
      return verdict;
    }
    const reasons = [...verdict.reasons, `model:${flagged.join(",") || "unsafe"}`];
    if (flagged.includes("S11")) return { ...verdict, action: "escalate", category: "S11", reasons, source: "rules+model" };
    const refuse = flagged.find((c) => c !== "S6" && c !== "S11");
    if (refuse) return { ...verdict, action: "refuse", category: refuse, reasons, source: "rules+model" };
    if (flagged.includes("S6")) return { ...verdict, action: "care", category: "S6", reasons, source: "rules+model" };
    return { ...verdict, reasons, source: "rules+model" };
  };
}
