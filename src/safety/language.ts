import { normalizeText } from "./normalize.js";

/** Languages the replies are written in. */
export type ReplyLanguage = "en" | "es" | "pt" | "fr" | "hi";

const STOPWORDS: Record<ReplyLanguage, readonly string[]> = {
  en: ["the", "and", "is", "how", "what", "i", "my", "you", "to", "a", "it", "do", "can", "me", "im", "have", "of", "want", "dont", "with", "this"],
  es: ["el", "la", "que", "de", "como", "para", "mi", "es", "por", "quiero", "estoy", "tengo", "una", "los", "con", "no", "yo", "puedo", "muy", "pero", "ya", "hacer"],
  pt: ["o", "que", "de", "como", "para", "meu", "minha", "voce", "estou", "tenho", "nao", "uma", "com", "eu", "quero", "esta", "pra", "fazer", "muito", "mais", "um", "e"],
  fr: ["le", "la", "les", "de", "je", "est", "et", "pour", "mon", "ma", "que", "un", "une", "pas", "avec", "suis", "jai", "veux", "ne", "comment", "cest", "des"],
  hi: ["hai", "hain", "mera", "meri", "mere", "mujhe", "kya", "kaise", "nahi", "aur", "ka", "ki", "ke", "se", "ko", "main", "mein", "tum", "aap", "bhi", "raha", "rahi", "kar", "ho", "hoon", "yaar"],
};

/** Guesses which of the five reply languages a text is in (stopword votes); `fallback` when nothing is clear. */
export function detectLanguage(text: string, fallback: ReplyLanguage = "en"): ReplyLanguage {
  const tokens = normalizeText(text).text.split(" ");
  const marks = text.toLowerCase();
  let best: ReplyLanguage = fallback;
  let bestScore = 0;
  for (const lang of Object.keys(STOPWORDS) as ReplyLanguage[]) {
    const words = new Set(STOPWORDS[lang]);
    let score = tokens.filter((t) => words.has(t)).length;
    if (lang === "pt" && /[ãõç]/.test(marks)) score += 2;
    if (lang === "es" && /[ñ¿¡]/.test(marks)) score += 2;
    if (lang === "fr" && /[èêàùç]|\b(j|l|d|qu)['’]/.test(marks)) score += 1;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** Language and country from a BCP 47 locale such as `pt-BR`; undefined parts when absent or unknown. */
export function parseLocale(locale: string | undefined): { language?: ReplyLanguage; country?: string } {
  if (!locale) return {};
  const [lang, region] = locale.replace("_", "-").split("-");
  const language = (["en", "es", "pt", "fr", "hi"] as const).find((l) => l === lang?.toLowerCase());
  const country = region && /^[a-z]{2}$/i.test(region) ? region.toUpperCase() : undefined;
  return { language, country };
}
