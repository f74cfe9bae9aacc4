import type { ReplyLanguage } from "./language.js";

/** Emergency and crisis contacts for one country. */
export interface CrisisResources {
  country: string;
  /** Medical emergency number. */
  emergency: string;
  /** Suicide / emotional crisis line, when one is known. */
  crisisLine?: string;
}

/** Known countries; anything else gets the generic entry. */
export const CRISIS_RESOURCES: Record<string, CrisisResources> = {
  US: { country: "US", emergency: "911", crisisLine: "988 (call or text, Suicide & Crisis Lifeline)" },
  CA: { country: "CA", emergency: "911", crisisLine: "988 (call or text)" },
  GB: { country: "GB", emergency: "999", crisisLine: "Samaritans 116 123" },
  IE: { country: "IE", emergency: "112 / 999", crisisLine: "Samaritans 116 123" },
  AU: { country: "AU", emergency: "000", crisisLine: "Lifeline 13 11 14" },
  ES: { country: "ES", emergency: "112", crisisLine: "024 (Línea de atención a la conducta suicida)" },
  MX: { country: "MX", emergency: "911", crisisLine: "Línea de la Vida 800 911 2000" },
  BR: { country: "BR", emergency: "SAMU 192", crisisLine: "CVV 188" },
  PT: { country: "PT", emergency: "112", crisisLine: "SNS 24: 808 24 24 24" },
  FR: { country: "FR", emergency: "15 (SAMU) / 112", crisisLine: "3114" },
  IN: { country: "IN", emergency: "112", crisisLine: "Tele-MANAS 14416" },
  GENERIC: { country: "GENERIC", emergency: "112 (or your local emergency number)" },
};

/** Where to look up a local helpline anywhere. */
export const FIND_A_HELPLINE = "https://findahelpline.com";

/** The country assumed for a language when the locale names none. */
const DEFAULT_COUNTRY: Record<ReplyLanguage, string> = { en: "US", es: "GENERIC", pt: "BR", fr: "FR", hi: "IN" };

/** Picks the contacts for a country code, else for the language's most likely country, else generic. */
export function resourcesFor(language: ReplyLanguage, country?: string): CrisisResources {
  const known = country ? CRISIS_RESOURCES[country.toUpperCase()] : undefined;
  return known ?? CRISIS_RESOURCES[DEFAULT_COUNTRY[language]] ?? (CRISIS_RESOURCES.GENERIC as CrisisResources);
}
