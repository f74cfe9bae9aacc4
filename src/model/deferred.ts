import type { Logger } from "pino";
import { ModelLoadingError, type ModelAvailability, type ModelProvider } from "./types.js";
import { createUnavailableProvider } from "./unavailable.js";

/**
 * A provider that is usable at once while the real one downloads or loads in the background, so the service comes up
 * (and the web chat says what is happening) instead of waiting minutes on a first-start download.
 */
export function createDeferredProvider(
  pending: Promise<ModelProvider>,
  logger: Logger,
  options: { loadingReason?: string; onSettled?: (provider: ModelProvider) => void } = {},
): ModelProvider {
  const loadingReason = options.loadingReason ?? "the model is still loading";
  let current: ModelProvider | undefined;
  const settled = pending
    .then(
      (p) => (current = p),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        logger.error({ err: error }, "model could not be prepared");
        return (current = createUnavailableProvider(reason));
      },
    )
    .then((p) => {
      options.onSettled?.(p);
      return p;
    });
  const loading: ModelAvailability = { ready: false, reason: loadingReason, vision: false, transcription: false };
  return {
    get kind() {
      return current?.kind ?? "local";
    },
    async chat(request, options) {
      if (!current) throw new ModelLoadingError(loadingReason);
      return current.chat(request, options);
    },
    async transcribe(audio, options) {
      if (!current) throw new ModelLoadingError(loadingReason);
      return current.transcribe(audio, options);
    },
    availability: () => current?.availability() ?? loading,
    async close() {
      await (await settled).close();
    },
  };
}
