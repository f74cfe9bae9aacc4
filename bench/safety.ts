import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSafetyClassifier } from "../src/safety/classify.js";
import { parseSafetyCases } from "../src/safety/eval.js";
import { shippedModelPath, unpackModel, type StoredModel } from "../src/safety/learned.js";

/** What classifying one incoming message costs: rules alone, and rules with the learned model. */
export interface SafetyBench {
  messages: number;
  rulesMsPerMessage: number;
  learnedMsPerMessage: number;
  modelLoadMs: number;
}

/** Times the input classifier over the bundled and held-out eval texts (`passes` times each, after a warm-up). */
export function benchSafety(passes: number): SafetyBench {
  const dir = join(shippedModelPath(), "..", "..", "..", "test", "evals");
  const texts = ["safety.jsonl", "safety-holdout-6.jsonl", "safety-everyday-2.jsonl"].flatMap((f) => parseSafetyCases(readFileSync(join(dir, f), "utf8")).map((c) => c.text));
  const loadStarted = performance.now();
  unpackModel(JSON.parse(readFileSync(shippedModelPath(), "utf8")) as StoredModel);
  const modelLoadMs = performance.now() - loadStarted;
  const time = (classify: (text: string) => unknown) => {
    for (const t of texts) classify(t);
    const started = performance.now();
    for (let p = 0; p < passes; p++) for (const t of texts) classify(t);
    return (performance.now() - started) / (passes * texts.length);
  };
  return {
    messages: texts.length,
    rulesMsPerMessage: time(createSafetyClassifier({ learned: false })),
    learnedMsPerMessage: time(createSafetyClassifier()),
    modelLoadMs,
  };
}
