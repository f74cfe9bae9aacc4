import { normalizeText } from "./normalize.js";
import type { RuleClassifier } from "./classify.js";
import { refusalReply } from "./replies.js";
import type { HazardCategory } from "./types.js";

/** What the output check looks for besides hazards. */
export interface OutputCheckOptions {
  /** The system prompt the answer must not repeat at length. */
  systemPrompt?: string;
  /** Configured secrets (API keys, bot tokens) that must never appear. */
  secrets?: readonly string[];
  /** The user's text, to answer a blocked reply in their language. */
  userText?: string;
  locale?: string;
}

/** The verdict on one model answer. */
export type OutputCheck =
  | { ok: true }
  | { ok: false; reason: "hazard" | "prompt_leak" | "secret"; category?: HazardCategory; detail: string; replacement: string };

/** Shapes of well-known credentials. */
export const SECRET_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
  { name: "OpenAI-style key", pattern: /\bsk-(?:proj-|ant-|live-)?[A-Za-z0-9_-]{20,}/ },
  { name: "Stripe key", pattern: /\b[rs]k_live_[A-Za-z0-9]{16,}/ },
  { name: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/ },
  { name: "AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Telegram bot token", pattern: /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/ },
  { name: "Discord bot token", pattern: /\b[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40}\b/ },
  { name: "JWT", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
];

/** Consecutive words of the system prompt that, repeated, count as a leak. */
export const LEAK_RUN_WORDS = 12;

const WITHHELD = "I can't share that part (it's internal configuration or a credential). Happy to help with anything else.";

/** Builds the output check: hazards slipping through, the system prompt leaking, secrets or keys. */
export function createOutputCheck(classify: RuleClassifier): (text: string, options?: OutputCheckOptions) => OutputCheck {
  const runsOf = promptRunCache();
  return (text, options = {}) => {
    const secret = findSecret(text, options.secrets ?? []);
    if (secret) return { ok: false, reason: "secret", detail: secret, replacement: WITHHELD };
    if (options.systemPrompt && repeatsRun(text, runsOf(options.systemPrompt))) {
      return { ok: false, reason: "prompt_leak", detail: `repeats ${LEAK_RUN_WORDS}+ consecutive words of the system prompt`, replacement: WITHHELD };
    }
    const verdict = classify(text);
    if (verdict.action === "refuse") {
      const replacement = refusalReply({ text: options.userText ?? text, locale: options.locale });
      return { ok: false, reason: "hazard", category: verdict.category, detail: verdict.reasons.join(","), replacement };
    }
    return { ok: true };
  };
}

function findSecret(text: string, secrets: readonly string[]): string | undefined {
  for (const s of secrets) if (s.length >= 8 && text.includes(s)) return "a configured secret";
  return SECRET_PATTERNS.find((p) => p.pattern.test(text))?.name;
}

/** True when `text` repeats a long verbatim run of the prompt (compared word by word, normalized). */
export function leaksPrompt(text: string, systemPrompt: string): boolean {
  return repeatsRun(text, promptRuns(systemPrompt));
}

/** The prompt's runs of consecutive normalized words that count as a leak, as a set (undefined: prompt too short). */
interface PromptRuns {
  run: number;
  runs: Set<string>;
}

function promptRuns(systemPrompt: string): PromptRuns | undefined {
  const promptWords = normalizeText(systemPrompt).text.split(" ").filter(Boolean);
  const run = Math.min(LEAK_RUN_WORDS, promptWords.length);
  if (run < 6) return undefined;
  const runs = new Set<string>();
  for (let i = 0; i + run <= promptWords.length; i++) runs.add(promptWords.slice(i, i + run).join(" "));
  return { run, runs };
}

// System prompts are few (one per channel, plus the care variant): each is normalized once, not on every answer.
function promptRunCache(max = 32): (systemPrompt: string) => PromptRuns | undefined {
  const cache = new Map<string, PromptRuns | undefined>();
  return (systemPrompt) => {
    if (cache.has(systemPrompt)) return cache.get(systemPrompt);
    const runs = promptRuns(systemPrompt);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(systemPrompt, runs);
    return runs;
  };
}

/** One pass over the text's words: each window of `run` words is looked up in the prompt's set. */
function repeatsRun(text: string, prompt: PromptRuns | undefined): boolean {
  if (!prompt) return false;
  const words = normalizeText(text).text.split(" ").filter(Boolean);
  for (let i = 0; i + prompt.run <= words.length; i++) {
    if (prompt.runs.has(words.slice(i, i + prompt.run).join(" "))) return true;
  }
  return false;
}
