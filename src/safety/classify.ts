import { compilePatterns, matchTokens, normalizeText, type NormalizedText } from "./normalize.js";
import { CONCEPTS, RULES, type ConceptName, type Rule } from "./rules.js";
import type { Classification, HazardCategory } from "./types.js";

/** Categories whose score decides `escalate`, strongest first. */
export const ESCALATE_CATEGORIES: readonly HazardCategory[] = ["S11", "emergency"];
/** Categories whose score decides `refuse`. */
export const REFUSE_CATEGORIES: readonly HazardCategory[] = ["S4", "S9", "S14", "S1", "S3", "S2", "S10", "S12", "S7", "S5", "S8", "S13"];

/** Compiled concept patterns, built once per classifier. */
export type ConceptMatchers = Record<ConceptName, RegExp>;

/** Compiles every concept's patterns. */
export function compileConcepts(): ConceptMatchers {
  const out = {} as ConceptMatchers;
  for (const name of Object.keys(CONCEPTS) as ConceptName[]) out[name] = compilePatterns(CONCEPTS[name]);
  return out;
}

/** A rules-only input classifier (no model, synchronous). */
export type RuleClassifier = (text: string) => Classification;

/** Builds the rules-only classifier. */
export function createRuleClassifier(): RuleClassifier {
  const matchers = compileConcepts();
  return (text) => classifyWith(matchers, text);
}

function classifyWith(matchers: ConceptMatchers, input: string): Classification {
  const text = normalizeText(input);
  const hits = new Map<ConceptName, number[]>();
  const hitsOf = (name: ConceptName): number[] => {
    let found = hits.get(name);
    if (!found) {
      found = matchTokens(text, matchers[name]);
      hits.set(name, found);
    }
    return found;
  };
  const scores: Partial<Record<HazardCategory, number>> = {};
  const reasons: string[] = [];
  for (const rule of RULES) {
    if (!ruleFires(rule, hitsOf)) continue;
    scores[rule.category] = (scores[rule.category] ?? 0) + rule.weight;
    reasons.push(rule.id);
  }
  return decide(scores, reasons, text);
}

function ruleFires(rule: Rule, hitsOf: (name: ConceptName) => number[]): boolean {
  // Required groups first, stopping at the first empty one: guard concepts are matched only when a rule could fire.
  const groups: number[][] = [];
  for (const group of rule.all) {
    const hits = typeof group === "string" ? hitsOf(group as ConceptName) : (group as readonly ConceptName[]).flatMap(hitsOf);
    if (hits.length === 0) return false;
    groups.push(hits);
  }
  if (rule.unless?.some((name) => hitsOf(name).length > 0)) return false;
  if (rule.window === undefined) return true;
  const window = rule.window;
  const [first, ...rest] = groups;
  return (first ?? []).some((anchor) => rest.every((g) => g.some((p) => Math.abs(p - anchor) <= window)));
}

function decide(scores: Partial<Record<HazardCategory, number>>, reasons: string[], _text: NormalizedText): Classification {
  const top = (categories: readonly HazardCategory[]) => {
    let best: HazardCategory | undefined;
    for (const c of categories) if ((scores[c] ?? 0) >= 1 && (best === undefined || (scores[c] ?? 0) > (scores[best] ?? 0))) best = c;
    return best;
  };
  const escalate = top(ESCALATE_CATEGORIES);
  if (escalate) return { action: "escalate", category: escalate, scores, reasons, source: "rules" };
  const refuse = top(REFUSE_CATEGORIES);
  if (refuse) return { action: "refuse", category: refuse, scores, reasons, source: "rules" };
  if ((scores.S6 ?? 0) >= 1) return { action: "care", category: "S6", scores, reasons, source: "rules" };
  return { action: "answer", scores, reasons, source: "rules" };
}
