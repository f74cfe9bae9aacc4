/** The answer modes the relay asks the model for. */
export type AnswerMode = "instant" | "thinking";

/** Generation settings for one mode on the embedded model. */
export interface LocalSampling {
  maxTokens: number;
  temperature: number;
  topP: number;
  topK: number;
  /** Penalty on recently repeated tokens: small models loop without it. */
  repeatPenalty: number;
}

/** Max tokens and sampling per mode: instant stays short and focused, thinking gets a longer budget. `cap` is the configured ceiling (MODEL_MAX_TOKENS). */
export function localModeSettings(mode: AnswerMode, cap: number): LocalSampling {
  if (mode === "thinking") return { maxTokens: Math.min(cap, 1024), temperature: 0.6, topP: 0.9, topK: 40, repeatPenalty: 1.1 };
  return { maxTokens: Math.min(cap, 384), temperature: 0.7, topP: 0.8, topK: 20, repeatPenalty: 1.1 };
}

/** The mode a request implies: any reasoning effort other than "low" means thinking. */
export function modeOfRequest(request: { reasoningEffort?: "low" | "medium" | "high" }): AnswerMode {
  return request.reasoningEffort === "medium" || request.reasoningEffort === "high" ? "thinking" : "instant";
}
