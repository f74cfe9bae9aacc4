import { RelayError } from "../errors.js";

/** A piece of multimodal content, in the OpenAI chat-completions shape. */
export type ContentPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

/** One chat message sent to a model. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string | ContentPart[];
}

/** What one model call asks for. */
export interface ChatRequest {
  messages: ChatMessage[];
  /** Model name; the provider's default when absent. */
  model?: string;
  maxTokens?: number;
  temperature?: number;
  reasoningEffort?: "low" | "medium" | "high";
  /** Ask for a JSON object answer (planner calls). */
  json?: boolean;
}

/** Per-call controls. */
export interface ChatOptions {
  signal?: AbortSignal;
  /** Called with each new piece of text as it streams. */
  onDelta?: (text: string) => void;
  /** Called when an attempt failed and the call starts again from scratch (streamed text so far is void). */
  onRetry?: (attempt: number, error: ModelError) => void;
  /** Overrides the provider's per-attempt time-out. */
  timeoutMs?: number;
}

/** Token counts of one call. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** The outcome of one model call. */
export interface ChatResult {
  text: string;
  model: string;
  usage: TokenUsage;
  finishReason: "stop" | "length" | "cancelled" | "other";
  /** Attempts it took, 1 when the first one answered. */
  attempts: number;
  /** True when the fallback model answered. */
  usedFallback: boolean;
}

/** Audio to transcribe. */
export interface AudioInput {
  data: Uint8Array;
  mime: string;
  name: string;
}

/** What a provider can do right now. */
export interface ModelAvailability {
  ready: boolean;
  /** Why not, in one line a user or operator can act on. */
  reason?: string;
  vision: boolean;
  transcription: boolean;
}

/** A chat model behind one interface: the OpenAI-compatible client and the embedded local model both implement it. */
export interface ModelProvider {
  readonly kind: "openai" | "local";
  chat(request: ChatRequest, options?: ChatOptions): Promise<ChatResult>;
  transcribe(audio: AudioInput, options?: { signal?: AbortSignal; model?: string }): Promise<string>;
  availability(): ModelAvailability;
  close(): Promise<void>;
}

/** Base of model failures. */
export class ModelError extends RelayError {
  constructor(message: string, code: string, readonly retryable: boolean, options?: { cause?: unknown; status?: number }) {
    super(message, code, options);
    this.status = options?.status;
  }
  readonly status: number | undefined;
}

/** 429 from the model API. */
export class ModelRateLimitError extends ModelError {
  constructor(readonly retryAfterMs: number | undefined, options?: { cause?: unknown }) {
    super(`model rate limited${retryAfterMs ? `; retry after ${retryAfterMs} ms` : ""}`, "model_rate_limited", true, { ...options, status: 429 });
  }
}

/** The model server is down, erroring (5xx) or unreachable. */
export class ModelUnavailableError extends ModelError {
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, "model_unavailable", true, options);
  }
}

/** No answer within the time-out. */
export class ModelTimeoutError extends ModelError {
  constructor(ms: number) {
    super(`model call timed out after ${ms} ms`, "model_timeout", true);
  }
}

/** Bad key or forbidden: not retried. */
export class ModelAuthError extends ModelError {
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, "model_auth", false, options);
  }
}

/** The request was refused as invalid (4xx other than 401/403/408/409/429): not retried. */
export class ModelInvalidRequestError extends ModelError {
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, "model_invalid_request", false, options);
  }
}

/** The capability is not available with this configuration (no vision model, no transcription, no model at all). */
export class ModelNotSupportedError extends ModelError {
  constructor(message: string) {
    super(message, "model_not_supported", false);
  }
}

/** No model can run at all with this configuration (offline with no file, too little memory): the operator must act. */
export class ModelMissingError extends ModelError {
  constructor(message: string) {
    super(message, "model_missing", false);
  }
}

/** The model is still downloading or loading. */
export class ModelLoadingError extends ModelError {
  constructor(message: string) {
    super(message, "model_loading", false);
  }
}

/** The caller cancelled. */
export class ModelCancelledError extends ModelError {
  constructor() {
    super("model call cancelled", "model_cancelled", false);
  }
}

/** Rough token estimate (4 characters a token) for budgets where no tokenizer is at hand. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Token estimate of a whole message list. */
export function estimateMessagesTokens(messages: ChatMessage[]): number {
  let total = 0;
  for (const m of messages) {
    total += 4;
    if (typeof m.content === "string") total += estimateTokens(m.content);
    else for (const p of m.content) total += p.type === "text" ? estimateTokens(p.text) : 85;
  }
  return total;
}
