import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { DEFAULT_LOCAL_MODEL, ensureModelFile, type ModelFileSpec } from "./download.js";
import { LocalProvider } from "./local.js";
import type { MemoryProbe } from "./memory.js";
import { OpenAIProvider } from "./openai.js";
import { createProgressBar, type ProgressStream } from "./progress.js";
import type { ModelProvider } from "./types.js";
import { createUnavailableProvider } from "./unavailable.js";

/** What the factory may be given instead of the real world (tests). */
export interface ModelProviderDeps {
  fetch?: typeof fetch;
  /** Where the download bar is drawn; process.stderr by default. */
  progressStream?: ProgressStream;
  availableMemory?: MemoryProbe;
}

/** The file to download: MODEL_DOWNLOAD_URL (with MODEL_DOWNLOAD_SHA256 when given) or the pinned default model. */
export function downloadSpec(local: Config["model"]["local"]): ModelFileSpec {
  if (!local.downloadUrl) return DEFAULT_LOCAL_MODEL;
  const fileName = path.basename(new URL(local.downloadUrl).pathname) || "model.gguf";
  return { url: local.downloadUrl, fileName: fileName.endsWith(".gguf") ? fileName : `${fileName}.gguf`, sha256: local.downloadSha256 };
}

/** Resolves MODEL_PATH, or downloads the default model into DATA_DIR/models on first start. */
async function localModelPath(config: Readonly<Config>, logger: Logger, deps: ModelProviderDeps): Promise<string> {
  if (config.model.path) return config.model.path;
  const spec = downloadSpec(config.model.local);
  const bar = createProgressBar({ label: `downloading ${spec.fileName}`, stream: deps.progressStream ?? process.stderr, logger });
  try {
    return await ensureModelFile({ spec, dir: path.join(config.dataDir, "models"), logger, fetch: deps.fetch, onProgress: bar.update });
  } finally {
    bar.done();
  }
}

/** Picks the model: the OpenAI-compatible API when MODEL_BASE_URL is set, else the embedded model (MODEL_PATH or the downloaded default). Never throws for a missing model: returns a provider that reports why. */
export async function createModelProvider(config: Readonly<Config>, logger: Logger, deps: ModelProviderDeps = {}): Promise<ModelProvider> {
  const m = config.model;
  if (m.baseUrl) {
    return new OpenAIProvider({
      baseUrl: m.baseUrl,
      apiKey: m.apiKey,
      model: m.name,
      fallbackModel: m.fallbackName,
      visionModel: m.visionName,
      transcribeModel: m.transcribeName,
      timeoutMs: m.timeoutMs,
      maxRetries: m.maxRetries,
      logger: logger.child({ model: "openai" }),
      fetch: deps.fetch,
    });
  }
  const log = logger.child({ model: "local" });
  let modelPath: string;
  try {
    modelPath = await localModelPath(config, log, deps);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error(reason);
    return createUnavailableProvider(reason);
  }
  const provider = new LocalProvider({
    modelPath,
    logger: log,
    sequences: m.local.sequences,
    contextSize: m.local.contextSize,
    gpu: m.local.gpu,
    threads: m.local.threads,
    timeoutMs: m.timeoutMs,
    maxTokens: m.maxTokens,
    availableMemory: deps.availableMemory,
  });
  const availability = await provider.ready;
  if (!availability.ready) {
    await provider.close();
    return createUnavailableProvider(availability.reason ?? "local model unavailable");
  }
  return provider;
}
