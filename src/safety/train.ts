import { FEATURE_BITS, featuresOf, type LearnedModel, type SymbolsOf } from "./learned.js";
import { SAFETY_ACTIONS, type SafetyAction } from "./types.js";

/** One labelled training text. */
export interface TrainingCase {
  text: string;
  expect: SafetyAction;
}

/** Training settings; the defaults are what the shipped model uses. */
export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update on the weights a case touches. */
  l2?: number;
  seed?: number;
  /** Extra weight of a class's cases on top of class balancing (recall matters more for escalate and refuse). */
  classBoost?: Partial<Record<SafetyAction, number>>;
}

/** The defaults the shipped model is trained with. */
export const TRAIN_DEFAULTS: Required<TrainOptions> = {
  epochs: 12,
  learningRate: 0.4,
  l2: 1e-5,
  seed: 7,
  classBoost: { escalate: 1.3, refuse: 1.2 },
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Multinomial logistic regression by AdaGrad; deterministic for the same cases and options. */
export function trainModel(cases: readonly TrainingCase[], options: TrainOptions = {}, symbolsOf?: SymbolsOf): LearnedModel {
  const o = { ...TRAIN_DEFAULTS, ...options, classBoost: { ...TRAIN_DEFAULTS.classBoost, ...options.classBoost } };
  const k = SAFETY_ACTIONS.length;
  const size = (1 << FEATURE_BITS) * k;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias = new Float32Array(k);
  const biasSquares = new Float32Array(k);
  const rows = cases.map((c) => ({ features: featuresOf(c.text, symbolsOf), label: SAFETY_ACTIONS.indexOf(c.expect) }));
  const counts = SAFETY_ACTIONS.map((_, c) => rows.filter((r) => r.label === c).length);
  const classWeight = SAFETY_ACTIONS.map((action, c) => (counts[c] ? rows.length / (k * (counts[c] ?? 1)) : 0) * (o.classBoost[action] ?? 1));
  const order = rows.map((_, i) => i);
  const random = mulberry32(o.seed);
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const row = rows[index];
      if (!row) continue;
      const value = row.features.length > 0 ? 1 / Math.sqrt(row.features.length) : 0;
      for (let c = 0; c < k; c++) logits[c] = bias[c] ?? 0;
      for (const f of row.features) for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) + (weights[f * k + c] ?? 0) * value;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, logits[c] ?? 0);
      let total = 0;
      for (let c = 0; c < k; c++) total += Math.exp((logits[c] ?? 0) - max);
      const weight = classWeight[row.label] ?? 1;
      for (let c = 0; c < k; c++) {
        const p = Math.exp((logits[c] ?? 0) - max) / total;
        const gradient = (p - (c === row.label ? 1 : 0)) * weight;
        biasSquares[c] = (biasSquares[c] ?? 0) + gradient * gradient;
        bias[c] = (bias[c] ?? 0) - (o.learningRate * gradient) / Math.sqrt((biasSquares[c] ?? 0) + 1e-8);
        for (const f of row.features) {
          const at = f * k + c;
          const g = gradient * value + o.l2 * (weights[at] ?? 0);
          squares[at] = (squares[at] ?? 0) + g * g;
          weights[at] = (weights[at] ?? 0) - (o.learningRate * g) / Math.sqrt((squares[at] ?? 0) + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}
