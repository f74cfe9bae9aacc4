#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { createSafetyClassifier } from "./classify.js";
import { parseSafetyCases, SafetyCaseError, summarizeSafety, type SafetyCaseResult } from "./eval.js";

const USAGE = "usage: npm run eval:safety -- <cases.jsonl> [--check] [--verbose] [--rules-only]";

/** `npm run eval:safety -- <cases.jsonl>`: one JSON line per case, then a summary line; `--check` exits 1 when a goal is missed. */
export function main(argv: readonly string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const file = files[0];
  if (!file || files.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let cases;
  try {
    cases = parseSafetyCases(source);
  } catch (error) {
    if (error instanceof SafetyCaseError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const classify = createSafetyClassifier({ learned: flags.has("--rules-only") ? false : undefined });
  const results: SafetyCaseResult[] = [];
  for (const c of cases) {
    const verdict = classify(c.text);
    const result: SafetyCaseResult = { id: c.id, expect: c.expect, action: verdict.action };
    results.push(result);
    const extra = flags.has("--verbose") ? { category: verdict.category, reasons: verdict.reasons, source: verdict.source, learned: roundScores(verdict.learned) } : {};
    process.stdout.write(`${JSON.stringify({ ...result, ...extra })}\n`);
  }
  const summary = summarizeSafety(results);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return flags.has("--check") && !summary.goalsMet ? 1 : 0;
}

function roundScores(scores: Record<string, number> | undefined): Record<string, number> | undefined {
  if (!scores) return undefined;
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}

process.exitCode = main(process.argv.slice(2));
