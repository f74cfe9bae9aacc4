import type { Logger } from "pino";
import type { ChannelName, InboundMessage } from "../src/message.js";
import type { InputCheck } from "../src/safety/input.js";
import type { UserLimiter } from "../src/safety/limits.js";
import type { OutputCheck, OutputCheckOptions } from "../src/safety/output.js";
import { CARE_INSTRUCTION, UNTRUSTED_CONTENT_RULES } from "../src/safety/prompt.js";
import { escalationReply, refusalReply } from "../src/safety/replies.js";
import type { Classification, SafetyAction } from "../src/safety/types.js";

/** The turn's safety decision, made before the model is called. */
export interface SafetyPlan {
  action: SafetyAction;
  verdict: Classification;
  /** The system prompt to answer with: the channel's, the untrusted-content rules, and the care instruction when needed. */
  systemPrompt: string;
  /** For `refuse`: the whole reply (no model call). For `escalate`: the immediate reply sent before the model answers. */
  reply?: string;
}

/** The safety stage of a turn: input check, prompts, output check and token charging. */
export interface SafetyStage {
  /** Classifies the user's own words of the turn and plans the turn. */
  plan(input: { text: string; first: InboundMessage; baseSystemPrompt: string; signal?: AbortSignal }): Promise<SafetyPlan>;
  /** Checks a final model answer; returns the text to send (the safe replacement when it fails). */
  checkAnswer(answer: string, input: { systemPrompt: string; userText: string; first: InboundMessage; turnId: string }): { text: string; replaced: boolean };
  /** Charges a finished turn's tokens to the sender's daily quota. */
  charge(channel: ChannelName, userId: string, tokens: number): Promise<void>;
}

/** Dependencies of the safety stage (built once in `src/main.ts`). */
export interface SafetyStageOptions {
  inputCheck: InputCheck;
  outputCheck: (text: string, options?: OutputCheckOptions) => OutputCheck;
  limiter: UserLimiter;
  /** Configured secrets that must never appear in an answer (model API key, bot tokens...). */
  secrets: readonly string[];
  /** Country for crisis resources when the sender's locale names none. */
  country?: string;
  logger: Logger;
}

/** The system prompt every turn uses: the channel's prompt followed by the untrusted-content rules (and the care instruction). */
export function safeSystemPrompt(base: string, action: SafetyAction): string {
  const care = action === "care" || action === "escalate" ? `\n\n${CARE_INSTRUCTION}` : "";
  return `${base}\n\n${UNTRUSTED_CONTENT_RULES}${care}`;
}

/** Builds the safety stage. */
export function createSafetyStage(options: SafetyStageOptions): SafetyStage {
  const secrets = options.secrets.filter((s) => s.length >= 8);
  return {
    async plan({ text, first, baseSystemPrompt, signal }) {
      const verdict = await options.inputCheck(text, { signal });
      const action = verdict.action;
      const context = { text, locale: first.sender.locale, country: options.country };
      if (action !== "answer") {
        options.logger.info({ action, category: verdict.category, reasons: verdict.reasons, source: verdict.source }, "safety action");
      }
      const systemPrompt = safeSystemPrompt(baseSystemPrompt, action);
      if (action === "refuse") return { action, verdict, systemPrompt, reply: refusalReply(context) };
      if (action === "escalate") return { action, verdict, systemPrompt, reply: escalationReply(verdict.category, context) };
      return { action, verdict, systemPrompt };
    },
    checkAnswer(answer, { systemPrompt, userText, first, turnId }) {
      const out = options.outputCheck(answer, { systemPrompt, secrets, userText, locale: first.sender.locale });
      if (out.ok) return { text: answer, replaced: false };
      // The detail names the rule or the kind of secret, never the secret itself.
      options.logger.warn({ turnId, reason: out.reason, category: out.category, detail: out.detail }, "answer failed the output check; sending a safe reply instead");
      return { text: out.replacement, replaced: true };
    },
    async charge(channel, userId, tokens) {
      if (tokens > 0) await options.limiter.addTokens(channel, userId, tokens);
    },
  };
}
