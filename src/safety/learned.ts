import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeText } from "./normalize.js";
import { SAFETY_ACTIONS, type SafetyAction } from "./types.js";

/**
 * A learned linear classifier over hashed word and character n-grams: multinomial logistic regression with one
 * weight row per action. It complements the rules with wording nobody wrote a rule for; it is trained offline by
 * `npm run safety:train` from `test/evals/train/` and shipped as `src/safety/learned-model.json`.
 */

/** Hash space: 2^BITS buckets. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** The probability of each action for one text. */
export type ActionScores = Record<SafetyAction, number>;

/** The model as it is used: dense weights, `SAFETY_ACTIONS.length` per bucket. */
export interface LearnedModel {
  weights: Float32Array;
  bias: Float32Array;
}

/** The model as it is stored (sparse, int8-quantized, base64). */
export interface StoredModel {
  format: "spark-relay-safety-linear/1";
  bits: number;
  classes: readonly SafetyAction[];
  /** sha256 of the training corpus the model was built from. */
  corpusSha256: string;
  /** Training cases, per action. */
  trainedOn: Record<string, number>;
  bias: number[];
  /** Multiply an int8 weight by this. */
  scale: number;
  /** Little-endian uint32 bucket ids, ascending. */
  buckets: string;
  /** int8 weights, `classes.length` per bucket, in bucket order. */
  weights: string;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Named facts about a text that join its n-grams as features (the rules' concepts and the rules that fired). */
export type SymbolsOf = (text: string) => readonly string[];

/**
 * The hashed features of one text: word unigrams and bigrams, character 3- to 5-grams of each word, and the
 * symbols `symbolsOf` names (so the model learns how the rules' multilingual concepts combine).
 */
export function featuresOf(text: string, symbolsOf?: SymbolsOf): Uint32Array {
  const tokens = normalizeText(text).text.split(" ").filter(Boolean);
  const set = new Set<number>();
  for (const symbol of symbolsOf?.(text) ?? []) set.add(fnv1a(`k:${symbol}`) & MASK);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    set.add(fnv1a(`w:${token}`) & MASK);
    if (i + 1 < tokens.length) set.add(fnv1a(`b:${token} ${tokens[i + 1] ?? ""}`) & MASK);
    const padded = `<${token}>`;
    for (let n = 3; n <= 5; n++) {
      for (let s = 0; s + n <= padded.length; s++) set.add(fnv1a(`c:${padded.slice(s, s + n)}`) & MASK);
    }
  }
  return Uint32Array.from(set).sort();
}

/** Softmax probabilities of the actions for a feature set (each feature weighs 1/sqrt(count)). */
export function scoreFeatures(model: LearnedModel, features: Uint32Array): ActionScores {
  const k = SAFETY_ACTIONS.length;
  const logits = Array.from(model.bias);
  const value = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  for (const f of features) {
    const base = f * k;
    for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) + (model.weights[base + c] ?? 0) * value;
  }
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const out = {} as ActionScores;
  SAFETY_ACTIONS.forEach((action, c) => (out[action] = (exps[c] ?? 0) / total));
  return out;
}

/**
 * Scores a whole message. (Scoring sentence by sentence and keeping the highest escalate and refuse scores was tried:
 * short sentences such as "i have 3 very brown bananas" scored as alarms, and cross-validation was worse on every
 * figure.)
 */
export function scoreText(model: LearnedModel, text: string, symbolsOf?: SymbolsOf): ActionScores {
  return scoreFeatures(model, featuresOf(text, symbolsOf));
}

/** Packs trained dense weights into the stored form, dropping weights too small to matter. */
export function packModel(model: LearnedModel, meta: { corpusSha256: string; trainedOn: Record<string, number> }, epsilon = 0.002): StoredModel {
  const k = SAFETY_ACTIONS.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const buckets: number[] = [];
  const weights: number[] = [];
  for (let b = 0; b <= MASK; b++) {
    let keep = false;
    for (let c = 0; c < k; c++) if (Math.abs(model.weights[b * k + c] ?? 0) >= Math.max(epsilon, scale / 2)) keep = true;
    if (!keep) continue;
    buckets.push(b);
    for (let c = 0; c < k; c++) weights.push(Math.max(-127, Math.min(127, Math.round((model.weights[b * k + c] ?? 0) / scale))));
  }
  return {
    format: "spark-relay-safety-linear/1",
    bits: FEATURE_BITS,
    classes: SAFETY_ACTIONS,
    corpusSha256: meta.corpusSha256,
    trainedOn: meta.trainedOn,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    scale,
    buckets: Buffer.from(Uint32Array.from(buckets).buffer).toString("base64"),
    weights: Buffer.from(Int8Array.from(weights).buffer).toString("base64"),
  };
}

/** Unpacks a stored model; throws on a format it does not know. */
export function unpackModel(stored: StoredModel): LearnedModel {
  if (stored.format !== "spark-relay-safety-linear/1" || stored.bits !== FEATURE_BITS || stored.classes.join() !== SAFETY_ACTIONS.join()) {
    throw new Error(`unsupported safety model (${stored.format}, ${stored.bits} bits, classes ${stored.classes.join(",")})`);
  }
  const k = SAFETY_ACTIONS.length;
  const bucketBytes = Buffer.from(stored.buckets, "base64");
  const buckets = new Uint32Array(bucketBytes.buffer, bucketBytes.byteOffset, bucketBytes.byteLength / 4);
  const weightBytes = Buffer.from(stored.weights, "base64");
  const quantized = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  if (quantized.length !== buckets.length * k) throw new Error("safety model is corrupt: weights and buckets disagree");
  const weights = new Float32Array((MASK + 1) * k);
  buckets.forEach((b, i) => {
    for (let c = 0; c < k; c++) weights[b * k + c] = (quantized[i * k + c] ?? 0) * stored.scale;
  });
  return { weights, bias: Float32Array.from(stored.bias) };
}

/** Where the shipped model lives: `src/safety/learned-model.json` under the project root (from `src/` or `dist/src/`). */
export function shippedModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "src", "safety", "learned-model.json");
    dir = dirname(dir);
  }
  throw new Error("cannot find the project root (package.json) above the safety module");
}

let shipped: LearnedModel | undefined;

/** The shipped model, loaded once per process. */
export function loadShippedModel(): LearnedModel {
  shipped ??= unpackModel(JSON.parse(readFileSync(shippedModelPath(), "utf8")) as StoredModel);
  return shipped;
}
