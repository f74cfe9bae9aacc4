import type { ModelProvider } from "../model/types.js";
import { HAZARD_NAMES, isHazardCategory, type HazardCategory } from "./types.js";

/** A moderation model's verdict. */
export interface ModerationVerdict {
  safe: boolean;
  categories: HazardCategory[];
}

/** Asks a moderation model about one user message. */
export type ModerationCheck = (text: string, options?: { signal?: AbortSignal }) => Promise<ModerationVerdict>;

const TAXONOMY = (Object.keys(HAZARD_NAMES) as HazardCategory[])
  .filter((c) => c.startsWith("S"))
  .map((c) => `${c}: ${HAZARD_NAMES[c].replace(/ \(.*\)$/, "")}.`)
  .join("\n");

/** The Llama Guard style task prompt for one user message. */
export function moderationPrompt(text: string): string {
  return (
    "Task: Check if there is unsafe content in 'User' messages in conversations according to our safety policy with the below categories.\n\n" +
    `<BEGIN UNSAFE CONTENT CATEGORIES>\n${TAXONOMY}\n<END UNSAFE CONTENT CATEGORIES>\n\n` +
    `<BEGIN CONVERSATION>\n\nUser: ${text}\n\n<END CONVERSATION>\n\n` +
    "Provide your safety assessment for ONLY THE LAST User message in the above conversation:\n" +
    " - First line must read 'safe' or 'unsafe'.\n - If unsafe, a second line must include a comma-separated list of violated categories."
  );
}

/** Parses "safe" or "unsafe\nS1,S10"; anything else is an error (the caller falls back to the rules). */
export function parseModerationAnswer(answer: string): ModerationVerdict {
  const lines = answer.trim().split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const head = lines[0]?.toLowerCase();
  if (head === "safe") return { safe: true, categories: [] };
  if (head !== "unsafe") throw new Error(`moderation model answered neither safe nor unsafe: ${JSON.stringify(answer.slice(0, 80))}`);
  const categories = (lines[1] ?? "")
    .split(/[\s,]+/)
    .map((c) => c.toUpperCase())
    .filter(isHazardCategory);
  return { safe: false, categories };
}

/** Builds a moderation check over any ModelProvider serving a Llama Guard (or any model that follows the prompt). */
export function createModerationCheck(options: { model: ModelProvider; modelName: string; timeoutMs?: number }): ModerationCheck {
  return async (text, callOptions) => {
    const result = await options.model.chat(
      { messages: [{ role: "user", content: moderationPrompt(text) }], model: options.modelName, maxTokens: 20, temperature: 0 },
      { signal: callOptions?.signal, timeoutMs: options.timeoutMs ?? 10_000 },
    );
    return parseModerationAnswer(result.text);
  };
}
