import { loadShippedModel, scoreText, type ActionScores, type LearnedModel, type SymbolsOf } from "./learned.js";
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

/** Probabilities at which the learned model changes the rules' verdict. */
export interface LearnedThresholds {
  escalate: number;
  refuse: number;
  care: number;
  /** Escalate only when this many times p(escalate) reaches the likelier of answer and care. */
  escalateWeight: number;
  /** Refuse only when this many times p(refuse) reaches the likelier of answer and care. */
  refuseWeight: number;
  /** Below this refuse probability, the learned model overrules a rules refusal (a look-alike); 0 never does. */
  veto: number;
}

/** The thresholds the shipped model runs with (chosen on sets the model was not trained on; see the README). */
export const LEARNED_THRESHOLDS: LearnedThresholds = { escalate: 0.1, refuse: 0.5, care: 0.5, escalateWeight: 5, refuseWeight: 2, veto: 0.3 };

/**
 * The input classifier: the rules, backed by the learned model. The model escalates, refuses or adds care where
 * the rules found nothing; it never lowers an escalation, and it overrules a rules refusal only when it finds
 * almost no harm (refuse probability under `veto`: a look-alike). `learned: false` gives the rules alone.
 */
export function createSafetyClassifier(options: { learned?: LearnedModel | false; thresholds?: Partial<LearnedThresholds> } = {}): RuleClassifier {
  if (options.learned === false) return createRuleClassifier();
  const matchers = compileConcepts();
  const model = options.learned ?? loadShippedModel();
  const t = { ...LEARNED_THRESHOLDS, ...options.thresholds };
  let last: { text: string; verdict: Classification } | undefined;
  const rulesOf = (text: string) => (last?.text === text ? last.verdict : (last = { text, verdict: classifyWith(matchers, text) }).verdict);
  const symbolsOf = symbolFinder(matchers, rulesOf);
  return (text) => {
    const rules = rulesOf(text);
    // Too few words for a bag of n-grams to mean anything ("no", "just chatting"): the rules alone decide.
    if (!learnedApplies(text)) return rules;
    return combine(rules, scoreText(model, text, symbolsOf), t);
  };
}

/** The learned model speaks only on messages of at least this many words. */
export const LEARNED_MIN_WORDS = 6;

/** True when a message is long enough for the learned model to speak. */
export function learnedApplies(text: string): boolean {
  const normalized = normalizeText(text).text;
  return (normalized === "" ? 0 : normalized.split(" ").length) >= LEARNED_MIN_WORDS;
}

/** The learned model's symbolic features: every concept the text mentions and every rule that fires on it. */
export function createSymbolFinder(): SymbolsOf {
  const matchers = compileConcepts();
  return symbolFinder(matchers, (text) => classifyWith(matchers, text));
}

function symbolFinder(matchers: ConceptMatchers, rulesOf: (text: string) => Classification): SymbolsOf {
  const names = Object.keys(CONCEPTS) as ConceptName[];
  return (input) => {
    const text = normalizeText(input);
    const found: string[] = [];
    for (const name of names) {
      const pattern = matchers[name];
      pattern.lastIndex = 0;
      if (pattern.test(text.text)) found.push(`c:${name}`);
    }
    for (const reason of rulesOf(input).reasons) found.push(`r:${reason}`);
    return found;
  };
}

/** Joins the rules' verdict and the learned probabilities (exported for threshold tuning). */
export function combine(rules: Classification, learned: ActionScores, t: LearnedThresholds): Classification {
  const verdict: Classification = { ...rules, learned };
  // A rules escalation stands; a rules refusal is never turned into an escalation (a question about poisoning
  // someone else is not a crisis of the sender's), only overruled when the model finds almost no harm.
  if (rules.action === "escalate") return verdict;
  if (rules.action === "refuse") {
    if (learned.refuse >= t.veto) return verdict;
    const action = learned.care > learned.answer ? "care" : "answer";
    return { ...verdict, action, category: action === "care" ? "S6" : undefined, reasons: [...rules.reasons, `learned:veto:${learned.refuse.toFixed(2)}`], source: "rules+learned" };
  }
  const reasons = (name: string) => [...rules.reasons, `learned:${name}:${learned[name as keyof ActionScores].toFixed(2)}`];
  // A probability past its threshold must also stand up against the likelier harmless reading ("thanks, that was
  // helpful" at p(escalate) 0.11 against p(answer) 0.85 is not an alarm).
  const calm = Math.max(learned.answer, learned.care);
  const alarm = learned.escalate >= t.escalate && t.escalateWeight * learned.escalate >= calm;
  const harm = t.refuseWeight * learned.refuse >= calm;
  if (alarm && learned.escalate >= learned.refuse) {
    // Medical vocabulary (the rules' care score) points to an emergency; otherwise a risk to the person themselves.
    const category: HazardCategory = (rules.scores.S6 ?? 0) > 0 || (rules.scores.emergency ?? 0) > 0 ? "emergency" : "S11";
    return { ...verdict, action: "escalate", category, reasons: reasons("escalate"), source: "rules+learned" };
  }
  // Past the escalate threshold but more likely a request to harm: refuse (e.g. "which veins do I cut on my husband").
  if (harm && (learned.refuse >= t.refuse || (alarm && learned.refuse > learned.escalate))) {
    const category = topScored(rules.scores, REFUSE_CATEGORIES);
    return { ...verdict, action: "refuse", category, reasons: reasons("refuse"), source: "rules+learned" };
  }
  if (rules.action === "care") return verdict;
  if (learned.care >= t.care) return { ...verdict, action: "care", category: "S6", reasons: reasons("care"), source: "rules+learned" };
  return verdict;
}

function topScored(scores: Partial<Record<HazardCategory, number>>, categories: readonly HazardCategory[]): HazardCategory | undefined {
  let best: HazardCategory | undefined;
  for (const c of categories) if ((scores[c] ?? 0) > 0 && (best === undefined || (scores[c] ?? 0) > (scores[best] ?? 0))) best = c;
  return best;
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
