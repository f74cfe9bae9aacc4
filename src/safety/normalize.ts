/** Text in one canonical form so that patterns match across spelling tricks. */
export interface NormalizedText {
  /** Tokens joined by single spaces. */
  text: string;
  /** Character offset of each token in `text`. */
  starts: number[];
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s", "!": "i", "|": "l", "€": "e" };

/** Lowercases, strips accents, decodes leetspeak inside words, collapses repeated letters and separators. */
export function normalizeText(input: string): NormalizedText {
  const lowered = input
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    // French elided articles stay words of their own: "l'ibuprofène" -> "l ibuprofene", "d'un" -> "d un".
    .replace(/(^|[^a-z])([ld])['’](?=[a-z])/g, "$1$2 ")
    .replace(/['’`´]/g, "");
  const rawTokens = lowered.split(/[^a-z0-9@$!|€]+/).filter((t) => t.length > 0);
  const decoded = rawTokens.map(decodeToken).filter((t) => t.length > 0);
  const tokens = joinSpelledOut(decoded).map(collapseRepeats);
  const starts: number[] = [];
  let offset = 0;
  for (const t of tokens) {
    starts.push(offset);
    offset += t.length + 1;
  }
  return { text: tokens.join(" "), starts };
}

/** Leetspeak only inside tokens that also hold letters, so "911" and "5 mg" stay numbers. */
function decodeToken(token: string): string {
  if (!/[a-z]/.test(token)) return token.replace(/[^0-9]/g, "");
  if (!/[0-9@$!|€]/.test(token)) return token;
  if (/^\d+[a-z]{1,3}$/.test(token)) return token; // 5mg, 20ml, 3am
  return Array.from(token, (c) => LEET[c] ?? c)
    .join("")
    .replace(/[^a-z0-9]/g, "");
}

/** "k i l l" and "k.i.l.l" become "kill". */
function joinSpelledOut(tokens: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // "a b o m b": the article stays a word of its own.
    if (run.length >= 4 && (run[0] === "a" || run[0] === "i")) out.push(run[0] ?? "", run.slice(1).join(""));
    else if (run.length >= 3) out.push(run.join(""));
    else out.push(...run);
    run = [];
  };
  for (const t of tokens) {
    if (t.length === 1 && /[a-z]/.test(t)) run.push(t);
    else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

/** "kiiiilll" and "kill" both become "kil": patterns are collapsed the same way. */
export function collapseRepeats(word: string): string {
  return word.replace(/([a-z])\1+/g, "$1");
}

/** Compiles pattern sources (natural spelling, regex syntax) into one word-bounded regex over normalized text. */
export function compilePatterns(sources: readonly string[]): RegExp {
  const body = sources.map((s) => `(?:${collapseRepeats(stripAccents(s.toLowerCase()))})`).join("|");
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, "g");
}

function stripAccents(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "");
}

/** Token indices where `pattern` matches in `text`. */
export function matchTokens(text: NormalizedText, pattern: RegExp): number[] {
  const hits: number[] = [];
  pattern.lastIndex = 0;
  for (const m of text.text.matchAll(pattern)) hits.push(tokenAt(text.starts, m.index));
  return hits;
}

function tokenAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
