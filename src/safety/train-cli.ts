#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { readCorpus } from "./corpus.js";
import { combine, createSafetyClassifier, learnedApplies, createSymbolFinder, LEARNED_THRESHOLDS, type LearnedThresholds } from "./classify.js";
import { parseSafetyCases, summarizeSafety, type SafetyCase } from "./eval.js";
import { packModel, scoreText, shippedModelPath, type ActionScores, type LearnedModel, type SymbolsOf } from "./learned.js";
import type { Classification } from "./types.js";
import { trainModel } from "./train.js";

const USAGE = `usage: npm run safety:train [-- --tune <dev.jsonl>...]
  (no flags)   train on the corpus and write src/safety/learned-model.json
  --tune F...  train on the corpus (never on F), then print the eval figures on F for a grid of thresholds
  --cv         five-fold cross-validation over the corpus for a grid of thresholds
  --check      exit 1 when src/safety/learned-model.json was not built from the corpus as it is now`;

function figures(model: LearnedModel, dev: readonly SafetyCase[], thresholds: Partial<LearnedThresholds>) {
  const classify = createSafetyClassifier({ learned: model, thresholds });
  return summarizeSafety(dev.map((c) => ({ id: c.id, expect: c.expect, action: classify(c.text).action })));
}

/** `npm run safety:train`. */
export function main(argv: readonly string[]): number {
  const projectRoot = dirname(dirname(dirname(shippedModelPath())));
  const { cases, sha256 } = readCorpus(projectRoot);
  if (argv.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes("--check")) {
    const stored = JSON.parse(readFileSync(shippedModelPath(), "utf8")) as { corpusSha256?: string };
    if (stored.corpusSha256 === sha256) return 0;
    process.stderr.write("src/safety/learned-model.json is stale: run `npm run safety:train`\n");
    return 1;
  }
  const trainedOn: Record<string, number> = {};
  for (const c of cases) trainedOn[c.expect] = (trainedOn[c.expect] ?? 0) + 1;
  const started = Date.now();
  const model = trainModel(cases, {}, createSymbolFinder());
  process.stderr.write(`trained on ${cases.length} cases ${JSON.stringify(trainedOn)} in ${Date.now() - started} ms\n`);
  if (argv.includes("--cv")) return crossValidate(cases);
  const tuneAt = argv.indexOf("--tune");
  if (tuneAt >= 0) {
    const devFiles = argv.slice(tuneAt + 1).filter((a) => !a.startsWith("--"));
    const dev = devFiles.flatMap((f) => parseSafetyCases(readFileSync(f, "utf8")));
    const texts = new Set(cases.map((c) => c.text.trim().toLowerCase()));
    const overlap = dev.filter((c) => texts.has(c.text.trim().toLowerCase())).length;
    process.stdout.write(`dev: ${dev.length} cases, ${overlap} also in the corpus\n`);
    const rulesOnly = summarizeSafety(dev.map((c) => ({ id: c.id, expect: c.expect, action: createSafetyClassifier({ learned: false })(c.text).action })));
    process.stdout.write(`rules alone: ${JSON.stringify(brief(rulesOnly))}\n`);
    for (const escalate of [0.05, 0.1, 0.2, 0.3]) {
      for (const refuse of [0.4, 0.5, 0.6]) {
        for (const veto of [0.1, 0.3]) {
          const s = figures(model, dev, { escalate, refuse, veto });
          process.stdout.write(`${JSON.stringify({ escalate, refuse, veto, ...brief(s), met: s.goalsMet })}\n`);
        }
      }
    }
    return 0;
  }
  const stored = packModel(model, { corpusSha256: sha256, trainedOn });
  writeFileSync(shippedModelPath(), `${JSON.stringify(stored)}\n`);
  process.stderr.write(`wrote ${relative(projectRoot, shippedModelPath())}: ${stored.buckets.length} base64 bucket bytes; thresholds ${JSON.stringify(LEARNED_THRESHOLDS)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

/**
 * Five-fold cross-validation over the corpus (cases dealt round-robin per file, so every writer is in every fold):
 * each fold is judged by a model trained on the other four, for a grid of thresholds.
 */
function crossValidate(cases: readonly SafetyCase[], folds = 5): number {
  const grid: LearnedThresholds[] = [];
  for (const escalate of [0.05, 0.1, 0.2]) {
    for (const escalateWeight of [2, 4, 8]) for (const refuseWeight of [1, 2, 4]) grid.push({ ...LEARNED_THRESHOLDS, escalate, escalateWeight, refuseWeight });
  }
  type Result = { id: string; expect: SafetyCase["expect"]; action: SafetyCase["expect"] };
  const rules = createSafetyClassifier({ learned: false });
  const verdicts = cases.map((c) => rules(c.text));
  const symbols = memoized(createSymbolFinder());
  const scored: ActionScores[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainModel(cases.filter((_, i) => i % folds !== fold), {}, symbols);
    cases.forEach((c, i) => {
      if (i % folds === fold) scored[i] = scoreText(model, c.text, symbols);
    });
    process.stderr.write(`fold ${fold + 1}/${folds} done\n`);
  }
  const rulesAlone: Result[] = cases.map((c, i) => ({ id: c.id, expect: c.expect, action: verdicts[i]?.action ?? "answer" }));
  process.stdout.write(`rules alone: ${JSON.stringify(brief(summarizeSafety(rulesAlone)))}\n`);
  for (const t of grid) {
    const results = cases.map((c, i) => ({ id: c.id, expect: c.expect, action: learnedApplies(c.text) ? combine(verdicts[i] as Classification, scored[i] as ActionScores, t).action : (verdicts[i]?.action ?? "answer") }));
    process.stdout.write(`${JSON.stringify({ ...t, ...brief(summarizeSafety(results)) })}\n`);
  }
  return 0;
}

function memoized(symbolsOf: SymbolsOf): SymbolsOf {
  const cache = new Map<string, readonly string[]>();
  return (text) => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = symbolsOf(text)));
    return found;
  };
}

function brief(s: ReturnType<typeof summarizeSafety>) {
  return { n: s.cases, acc: s.accuracy, esc: s.escalateRecall, ref: s.refuseRecall, over: s.overRefusalRate, overEsc: s.overEscalationRate };
}
