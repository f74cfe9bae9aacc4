import { ModelMissingError, type ModelAvailability, type ModelProvider } from "./types.js";

/** Stands in when no model can run (offline with no file, too little memory): every call fails with the reason, the rest of the relay keeps running. */
export function createUnavailableProvider(reason: string): ModelProvider {
  const availability: ModelAvailability = { ready: false, reason, vision: false, transcription: false };
  return {
    kind: "local",
    async chat() {
      throw new ModelMissingError(reason);
    },
    async transcribe() {
      throw new ModelMissingError(reason);
    },
    availability: () => availability,
    async close() {},
  };
}
