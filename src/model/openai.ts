import OpenAI, { APIConnectionError, APIError, APIUserAbortError, toFile } from "openai";
import type { Logger } from "pino";
import {
  ModelAuthError,
  ModelCancelledError,
  ModelError,
  ModelInvalidRequestError,
  ModelRateLimitError,
  ModelTimeoutError,
  ModelUnavailableError,
  estimateMessagesTokens,
  estimateTokens,
  type AudioInput,
  type ChatOptions,
  type ChatRequest,
  type ChatResult,
  type ModelAvailability,
  type ModelProvider,
} from "./types.js";

/** Options of the OpenAI-compatible client. */
export interface OpenAIProviderOptions {
  baseUrl: string;
  apiKey?: string;
  /** Default model; the server's own default name is used when unset. */
  model?: string;
  fallbackModel?: string;
  visionModel?: string;
  transcribeModel?: string;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
  /** Base backoff in ms (doubled each retry, capped at 8 s, jittered). */
  backoffMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Sleeps, waking early (and throwing) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ModelCancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ModelCancelledError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Maps anything the SDK throws onto the ModelError family. */
export function mapOpenAIError(error: unknown, timedOut: boolean, timeoutMs: number): ModelError {
  if (error instanceof ModelError) return error;
  if (timedOut) return new ModelTimeoutError(timeoutMs);
  if (error instanceof APIUserAbortError) return new ModelCancelledError();
  if (error instanceof APIConnectionError) return new ModelUnavailableError(`model server unreachable: ${error.message}`, { cause: error });
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 429) return new ModelRateLimitError(retryAfterMs(error.headers), { cause: error });
    if (status === 401 || status === 403) return new ModelAuthError(`model API refused the key (${status})`, { cause: error, status });
    if (status === 408 || status === 409 || status >= 500) return new ModelUnavailableError(`model API error ${status}`, { cause: error, status });
    return new ModelInvalidRequestError(`model API rejected the request (${status}): ${error.message}`, { cause: error, status });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelUnavailableError(`model stream failed: ${message}`, { cause: error });
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = headers?.get("retry-after-ms");
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const s = headers?.get("retry-after");
  if (!s) return undefined;
  if (Number.isFinite(Number(s))) return Number(s) * 1000;
  const date = Date.parse(s);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The model reached over any OpenAI-compatible chat-completions API, streaming, with time-outs, retries and a fallback. */
export class OpenAIProvider implements ModelProvider {
  readonly kind = "openai" as const;
  private readonly client: OpenAI;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly options: OpenAIProviderOptions) {
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? "none",
      maxRetries: 0,
      timeout: options.timeoutMs,
      fetch: options.fetch,
    });
    this.sleep = options.sleep ?? sleep;
  }

  availability(): ModelAvailability {
    return { ready: true, vision: Boolean(this.options.visionModel), transcription: Boolean(this.options.transcribeModel) };
  }

  async chat(request: ChatRequest, options: ChatOptions = {}): Promise<ChatResult> {
    const primary = request.model ?? this.options.model ?? "default";
    let attempts = 0;
    let lastError: ModelError | undefined;
    const models = [primary];
    if (this.options.fallbackModel && this.options.fallbackModel !== primary) models.push(this.options.fallbackModel);
    for (const [index, model] of models.entries()) {
      const tries = index === 0 ? this.options.maxRetries + 1 : 1;
      for (let attempt = 0; attempt < tries; attempt++) {
        if (attempts > 0 && lastError) {
          options.onRetry?.(attempts, lastError);
          if (index === 0 || attempt > 0) await this.sleep(this.backoff(attempt, lastError), options.signal);
        }
        attempts++;
        try {
          const result = await this.once({ ...request, model }, options);
          return { ...result, attempts, usedFallback: index > 0 };
        } catch (error) {
          const mapped = error as ModelError;
          lastError = mapped;
          this.options.logger.warn({ err: mapped, model, attempt: attempts }, "model call failed");
          if (!mapped.retryable) {
            if (mapped instanceof ModelCancelledError || mapped instanceof ModelAuthError) throw mapped;
            break;
          }
        }
      }
    }
    throw lastError ?? new ModelUnavailableError("model call failed");
  }

  private backoff(attempt: number, error: ModelError): number {
    if (error instanceof ModelRateLimitError && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 60_000);
    const base = this.options.backoffMs ?? 500;
    const ms = Math.min(base * 2 ** attempt, 8000);
    return ms / 2 + Math.random() * (ms / 2);
  }

  private async once(request: ChatRequest & { model: string }, options: ChatOptions): Promise<Omit<ChatResult, "attempts" | "usedFallback">> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    const onAbort = () => controller.abort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) controller.abort();
    arm();
    let text = "";
    try {
      const stream = await this.client.chat.completions.create(
        {
          model: request.model,
          messages: request.messages as OpenAI.Chat.Completions.ChatCompletionMessageParam[],
          stream: true,
          stream_options: { include_usage: true },
          ...(request.maxTokens ? { max_tokens: request.maxTokens } : {}),
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          ...(request.reasoningEffort ? { reasoning_effort: request.reasoningEffort } : {}),
          ...(request.json ? { response_format: { type: "json_object" as const } } : {}),
        },
        { signal: controller.signal },
      );
      let finish: ChatResult["finishReason"] = "other";
      let usage: ChatResult["usage"] | undefined;
      let model = request.model;
      for await (const chunk of stream) {
        arm();
        if (chunk.model) model = chunk.model;
        const choice = chunk.choices?.[0];
        const piece = choice?.delta?.content;
        if (piece) {
          text += piece;
          options.onDelta?.(piece);
        }
        if (choice?.finish_reason) finish = choice.finish_reason === "stop" ? "stop" : choice.finish_reason === "length" ? "length" : "other";
        if (chunk.usage) {
          usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens, totalTokens: chunk.usage.total_tokens };
        }
      }
      if (finish === "other" && text.length === 0) throw new ModelUnavailableError("model stream ended without an answer");
      if (finish === "other") throw new ModelUnavailableError("model stream ended before it finished (no finish_reason)");
      usage ??= (() => {
        const promptTokens = estimateMessagesTokens(request.messages);
        const completionTokens = estimateTokens(text);
        return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
      })();
      return { text, model, usage, finishReason: finish };
    } catch (error) {
      if (options.signal?.aborted) throw new ModelCancelledError();
      throw mapOpenAIError(error, timedOut, timeoutMs);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  async transcribe(audio: AudioInput, options: { signal?: AbortSignal; model?: string } = {}): Promise<string> {
    const model = options.model ?? this.options.transcribeModel;
    if (!model) throw new ModelInvalidRequestError("no transcription model configured (MODEL_TRANSCRIBE_NAME)");
    try {
      const file = await toFile(audio.data, audio.name, { type: audio.mime });
      const result = await this.client.audio.transcriptions.create({ file, model }, { signal: options.signal });
      return result.text;
    } catch (error) {
      throw mapOpenAIError(error, false, this.options.timeoutMs);
    }
  }

  async close(): Promise<void> {}
}
