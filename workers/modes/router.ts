import { z } from "zod";
import type { Attachment } from "../../src/message.js";
import type { ModelProvider } from "../../src/model/types.js";
import { ModeSchema, type Mode } from "./types.js";

/** What the router looks at: the turn's text and its attachments. */
export interface RouteInput {
  text: string;
  attachments: ReadonlyArray<Pick<Attachment, "kind" | "skipped">>;
}

/** The router's verdict with the signals that led to it. */
export interface RouteResult {
  mode: Mode;
  score: number;
  signals: string[];
}

const CONTEMPLATE_ASKS = /\b(contemplate|think (?:it|this) (?:all )?through|research (?:this|it) (?:thoroughly|deeply)|consider (?:all|every) (?:angles?|options?)|from every angle|use (?:several|multiple) agents)\b/i;
const THINK_ASKS = /\b(think (?:hard|harder|carefully|deeply|long)|take your time|reason (?:it )?(?:out|carefully)|in (?:great )?depth|deep dive|be thorough|thoroughly)\b/i;
const STEP_BY_STEP = /\b(step[- ]by[- ]step|walk me through|show (?:your|the) (?:work|reasoning)|derive|prove|proof)\b/i;
const PLANNING = /\b(plan(?:s|ning)?|itinerar(?:y|ies)|schedules?|roadmaps?|strateg(?:y|ies))\b/i;
const COMPARING = /\b(compare|comparison|versus|vs\.?|pros and cons|trade-?offs?|which is better)\b/i;
const ANALYSIS = /\b(why|explain|analy[sz]e|debug|optimi[sz]e|calculate|estimate|evaluate|design)\b/i;
const ENUMERATION = /(?:^|\n)\s*(?:\d+[.)]|[-*•])\s+\S/g;
const CODE = /```|\bfunction\s*\(|=>|\bclass\s+\w+|\bdef\s+\w+\(/;

/** Scores a message on cheap signals (no model call): longer, multi-part, planning or comparing questions score higher. */
export function scoreMessage(input: RouteInput): { score: number; signals: string[]; explicit?: Mode } {
  const text = input.text.trim();
  const signals: string[] = [];
  if (CONTEMPLATE_ASKS.test(text)) return { score: 10, signals: ["asked to contemplate"], explicit: "contemplating" };
  if (THINK_ASKS.test(text)) return { score: 3, signals: ["asked to think"], explicit: "thinking" };
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };
  const questions = (text.match(/\?/g) ?? []).length;
  const items = (text.match(ENUMERATION) ?? []).length;
  if (text.length > 1200) add(3, "very long");
  else if (text.length > 400) add(2, "long");
  else if (text.length > 160) add(1, "medium length");
  if (questions >= 3) add(2, `${questions} questions`);
  else if (questions === 2) add(1, "2 questions");
  if (items >= 3) add(3, `${items} listed parts`);
  if (STEP_BY_STEP.test(text)) add(2, "step by step");
  if (PLANNING.test(text)) add(2, "planning");
  if (COMPARING.test(text)) add(2, "comparing");
  if (ANALYSIS.test(text)) add(1, "analysis");
  if (CODE.test(text)) add(1, "code");
  const documents = input.attachments.filter((a) => a.kind === "document" && !a.skipped).length;
  if (documents > 0) add(2, "document attached");
  const images = input.attachments.filter((a) => (a.kind === "image" || a.kind === "sticker") && !a.skipped).length;
  if (images > 1) add(1, "several images");
  return { score, signals };
}

/** Score thresholds: at or above `thinking` the turn thinks; at or above `contemplating` it uses sub-agents. */
export const ROUTER_THRESHOLDS = { thinking: 2, contemplating: 5 } as const;

/** Picks a mode from cheap signals: short simple questions stay instant, multi-part plans and comparisons contemplate. */
export function routeByHeuristics(input: RouteInput): RouteResult {
  const { score, signals, explicit } = scoreMessage(input);
  if (explicit) return { mode: explicit, score, signals };
  const mode: Mode = score >= ROUTER_THRESHOLDS.contemplating ? "contemplating" : score >= ROUTER_THRESHOLDS.thinking ? "thinking" : "instant";
  return { mode, score, signals };
}

const ClassifierReplySchema = z.object({ mode: ModeSchema });

/** Prompt of the optional classifier call. */
export const CLASSIFIER_PROMPT =
  'Classify how much reasoning the user\'s message needs. Reply with JSON only: {"mode":"instant"} for chat, greetings and simple facts; ' +
  '{"mode":"thinking"} for explanations, maths, code or anything needing careful reasoning; ' +
  '{"mode":"contemplating"} for multi-part tasks that benefit from splitting into independent sub-questions (plans, comparisons, research).';

/** Asks a small model to classify the message; undefined when the call fails or answers nonsense (the caller keeps the heuristic). */
export async function classifyMode(options: { model: ModelProvider; modelName?: string; text: string; signal?: AbortSignal }): Promise<Mode | undefined> {
  try {
    const result = await options.model.chat(
      {
        model: options.modelName,
        json: true,
        maxTokens: 20,
        temperature: 0,
        messages: [
          { role: "system", content: CLASSIFIER_PROMPT },
          { role: "user", content: options.text.slice(0, 4000) },
        ],
      },
      { signal: options.signal },
    );
    const parsed = ClassifierReplySchema.safeParse(JSON.parse(result.text));
    return parsed.success ? parsed.data.mode : undefined;
  } catch {
    return undefined;
  }
}
