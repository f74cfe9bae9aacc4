/** Public surface of the rollout module. */
export { assign, bucket } from "./assign.js";
export { startRolloutCache, ROLLOUT_POLL_MS, type RolloutCache, type RolloutCacheOptions } from "./cache.js";
export { createRolloutGate, UNAVAILABLE_NOTICE, type RolloutGateOptions } from "./gate.js";
export { createRolloutStore, parseRolloutHash, type RolloutStore, type RolloutTable } from "./store.js";
export {
  ChannelRolloutSchema,
  DEFAULT_NOT_AVAILABLE_REPLY,
  VariantSchema,
  defaultRollout,
  type Assignment,
  type ChannelRollout,
  type ChannelRolloutInput,
  type RolloutReason,
  type Variant,
} from "./types.js";
