import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSafetyCases, type SafetyCase } from "./eval.js";
import { CONCEPTS, RULES } from "./rules.js";

/** The training corpus: every file in test/evals/train/ and the eval sets the rules were developed on. */
export function corpusFiles(root: string): string[] {
  const trainDir = join(root, "test", "evals", "train");
  const train = readdirSync(trainDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(trainDir, f));
  const evals = ["safety.jsonl", "safety-holdout.jsonl", "safety-holdout-2.jsonl", "safety-holdout-3.jsonl"].map((f) => join(root, "test", "evals", f));
  return [...train, ...evals];
}

/**
 * Reads the corpus and its digest: file names relative to the root, their contents, and the rules' concepts and
 * rules (the model's symbolic features), so a change to either makes the shipped model stale.
 */
export function readCorpus(root: string): { cases: SafetyCase[]; sha256: string } {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ CONCEPTS, RULES }));
  const cases: SafetyCase[] = [];
  for (const file of corpusFiles(root)) {
    const text = readFileSync(file, "utf8");
    hash.update(`${relative(root, file)}\n${text}\n`);
    cases.push(...parseSafetyCases(text));
  }
  return { cases, sha256: hash.digest("hex") };
}

