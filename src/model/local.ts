import { stat } from "node:fs/promises";
import path from "node:path";
import {
  GgufInsights,
  LlamaChat,
  LlamaLogLevel,
  getLlama,
  readGgufFileInfo,
  resolveChatWrapper,
  type ChatWrapper,
  type Llama,
  type LlamaChatResponse,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaGrammar,
  type LlamaModel,
} from "node-llama-cpp";
import type { Logger } from "pino";
import { SlotPool } from "./local-pool.js";
import { toLlamaHistory } from "./local-history.js";
import { localModeSettings, modeOfRequest } from "./local-modes.js";
import { DEFAULT_CONTEXT_BYTES, availableMemoryBytes, memoryShortfall, requiredMemoryBytes, type MemoryProbe } from "./memory.js";
import {
  ModelCancelledError,
  ModelError,
  ModelMissingError,
  ModelNotSupportedError,
  ModelTimeoutError,
  ModelUnavailableError,
  type ChatOptions,
  type ChatRequest,
  type ChatResult,
  type ModelAvailability,
  type ModelProvider,
} from "./types.js";

/** Options of the embedded model. */
export interface LocalProviderOptions {
  /** The .gguf file. */
  modelPath: string;
  logger: Logger;
  /** Context sequences: how many calls generate at once; the rest queue. */
  sequences: number;
  /** Tokens each sequence can see. */
  contextSize: number;
  /** "auto" uses a GPU when a prebuilt binary for it works, else the CPU. */
  gpu: "auto" | "off";
  /** CPU threads for generation; 0 lets llama.cpp pick (all math cores). Fewer threads win on a busy machine. */
  threads?: number;
  /** Per-call time-out once generation has a sequence. */
  timeoutMs: number;
  /** Ceiling on generated tokens (MODEL_MAX_TOKENS). */
  maxTokens: number;
  /** Reads available memory; /proc/meminfo MemAvailable by default. */
  availableMemory?: MemoryProbe;
}

interface Loaded {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  wrapper: ChatWrapper;
  pool: SlotPool<LlamaContextSequence>;
  name: string;
}

/** Bytes the context (KV cache and compute buffers) will take, from the GGUF metadata; a safe constant when that fails. */
async function estimateContextBytes(modelPath: string, contextSize: number, sequences: number): Promise<number> {
  try {
    const insights = await GgufInsights.from(await readGgufFileInfo(modelPath, { logWarnings: false }));
    const estimate = await insights.estimateContextResourceRequirementsV2({ contextSize, sequences, modelGpuLayers: 0 });
    return estimate.cpuRam;
  } catch {
    return DEFAULT_CONTEXT_BYTES;
  }
}

function finishReasonOf(stopReason: LlamaChatResponse["metadata"]["stopReason"]): ChatResult["finishReason"] {
  if (stopReason === "maxTokens") return "length";
  if (stopReason === "abort") return "cancelled";
  if (stopReason === "eogToken" || stopReason === "stopGenerationTrigger" || stopReason === "customStopTrigger") return "stop";
  return "other";
}

/** The embedded small model on node-llama-cpp: loaded once, shared by all calls through a bounded pool of context sequences. */
export class LocalProvider implements ModelProvider {
  readonly kind = "local" as const;
  private loading: Promise<Loaded> | undefined;
  private loaded: Loaded | undefined;
  private failure: string | undefined;
  private grammar: Promise<LlamaGrammar> | undefined;
  private closed = false;

  constructor(private readonly options: LocalProviderOptions) {}

  /** Starts loading (once) and resolves with the availability after it; never rejects. */
  get ready(): Promise<ModelAvailability> {
    return this.load().then(
      () => this.availability(),
      () => this.availability(),
    );
  }

  availability(): ModelAvailability {
    if (this.failure) return { ready: false, reason: this.failure, vision: false, transcription: false };
    return { ready: !this.closed, reason: this.closed ? "local model closed" : undefined, vision: false, transcription: false };
  }

  /** Loads the model if not yet loading; rejects with ModelMissingError (reason in one line) when it cannot. */
  load(): Promise<void> {
    if (this.closed) return Promise.reject(new ModelUnavailableError("local model closed"));
    this.loading ??= this.doLoad().catch((error: unknown) => {
      this.failure = error instanceof ModelError ? error.message : `local model failed to load: ${error instanceof Error ? error.message : String(error)}`;
      this.options.logger.error({ err: error, modelPath: this.options.modelPath }, this.failure);
      throw new ModelMissingError(this.failure);
    });
    return this.loading.then(() => undefined);
  }

  private async doLoad(): Promise<Loaded> {
    const { modelPath, sequences, contextSize, logger } = this.options;
    const fileBytes = (await stat(modelPath).catch(() => undefined))?.size;
    if (fileBytes === undefined) throw new ModelMissingError(`local model file not found: ${modelPath}; set MODEL_PATH to a .gguf file or MODEL_BASE_URL to an API`);
    const need = requiredMemoryBytes(fileBytes, await estimateContextBytes(modelPath, contextSize, sequences));
    const shortfall = memoryShortfall(need, await (this.options.availableMemory ?? availableMemoryBytes)());
    if (shortfall) throw new ModelMissingError(shortfall);
    const started = Date.now();
    const llama = await this.getLlama();
    try {
      const model = await llama.loadModel({ modelPath, gpuLayers: this.options.gpu === "off" ? 0 : "auto" });
      const context = await model.createContext({ sequences, contextSize: { min: Math.min(256, contextSize), max: contextSize }, threads: this.options.threads || undefined });
      const slots = Array.from({ length: sequences }, () => context.getSequence());
      const wrapper = resolveChatWrapper(model);
      const name = model.fileInfo.metadata.general?.name ?? path.basename(modelPath, ".gguf");
      const loaded: Loaded = { llama, model, context, wrapper, pool: new SlotPool(slots), name };
      logger.info({ modelPath, gpu: llama.gpu, sequences, contextSize: context.contextSize, chatWrapper: wrapper.wrapperName, ms: Date.now() - started }, "local model loaded");
      if (this.closed) await disposeAll(loaded.context, loaded.model, loaded.llama);
      else this.loaded = loaded;
      return loaded;
    } catch (error) {
      await llama.dispose();
      throw error;
    }
  }

  private async getLlama(): Promise<Llama> {
    const logger = this.options.logger;
    const base = { build: "never" as const, logLevel: LlamaLogLevel.warn, logger: (level: LlamaLogLevel, message: string) => logger.debug({ level }, message.trim()) };
    if (this.options.gpu === "off") return getLlama({ ...base, gpu: false });
    try {
      return await getLlama({ ...base, gpu: "auto" });
    } catch (error) {
      logger.warn({ err: error }, "no usable GPU build; using the CPU");
      return getLlama({ ...base, gpu: false });
    }
  }

  async chat(request: ChatRequest, options: ChatOptions = {}): Promise<ChatResult> {
    const history = toLlamaHistory(request.messages);
    await untilAborted(this.load(), options.signal);
    const loaded = this.loaded;
    if (!loaded) throw this.failure ? new ModelMissingError(this.failure) : new ModelUnavailableError("local model closed");
    const sequence = await loaded.pool.acquire(options.signal);
    try {
      return await this.generate(loaded, sequence, request, options, history);
    } finally {
      loaded.pool.release(sequence);
    }
  }

  private async generate(loaded: Loaded, sequence: LlamaContextSequence, request: ChatRequest, options: ChatOptions, history: ReturnType<typeof toLlamaHistory>): Promise<ChatResult> {
    const mode = localModeSettings(modeOfRequest(request), this.options.maxTokens);
    const maxTokens = Math.max(1, Math.min(request.maxTokens ?? mode.maxTokens, this.options.maxTokens));
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new ModelTimeoutError(timeoutMs));
    }, timeoutMs);
    const onAbort = () => controller.abort(new ModelCancelledError());
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: loaded.wrapper });
    const meter = sequence.tokenMeter.getState();
    try {
      const grammar = request.json ? await this.jsonGrammar(loaded) : undefined;
      const response = await chat.generateResponse(history, {
        maxTokens,
        temperature: request.temperature ?? mode.temperature,
        topP: mode.topP,
        topK: mode.topK,
        repeatPenalty: { penalty: mode.repeatPenalty },
        grammar,
        signal: controller.signal,
        onTextChunk: options.onDelta,
      });
      const completionTokens = sequence.tokenMeter.diff(meter).usedOutputTokens;
      const promptTokens = Math.max(0, sequence.contextTokens.length - completionTokens);
      return {
        text: response.response,
        model: loaded.name,
        usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
        finishReason: finishReasonOf(response.metadata.stopReason),
        attempts: 1,
        usedFallback: false,
      };
    } catch (error) {
      if (timedOut) throw new ModelTimeoutError(timeoutMs);
      if (options.signal?.aborted) throw new ModelCancelledError();
      if (error instanceof ModelError) throw error;
      throw new ModelUnavailableError(`local model failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      chat.dispose({ disposeSequence: false });
    }
  }

  private jsonGrammar(loaded: Loaded): Promise<LlamaGrammar> {
    this.grammar ??= loaded.llama.getGrammarFor("json");
    return this.grammar;
  }

  async transcribe(): Promise<string> {
    throw new ModelNotSupportedError("the local model cannot transcribe audio; set MODEL_BASE_URL and MODEL_TRANSCRIBE_NAME to use a transcription model");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const loaded = this.loaded;
    this.loaded = undefined;
    if (!loaded) return;
    loaded.pool.close(new ModelUnavailableError("local model closed"));
    await disposeAll(loaded.context, loaded.model, loaded.llama);
  }
}

/** Waits for `promise` but gives up with ModelCancelledError as soon as the signal aborts (the work itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ModelCancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ModelCancelledError());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

async function disposeAll(context: LlamaContext, model: LlamaModel, llama: Llama): Promise<void> {
  await context.dispose();
  await model.dispose();
  await llama.dispose();
}
