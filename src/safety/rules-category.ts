import type { Rule } from "./rules.js";

const NOW = ["presentCue", "someoneNear"] as const;
const STROKE = ["faceDroop", "speechSlur", "limbWeak", "confusionSudden", "headWorst"] as const;
const CHEST = ["chestNear", "chestPain", "chestMore"] as const;
const CARDIAC = ["breathNear", "breathing", "cardiacExtra", "cardiacMore"] as const;
const TARGET = ["person", "targetPerson", "privateWeak", "privateTarget"] as const;

/** Escalation rules by category: passive ideation by proximity and emergency signs in any order, now vs. a question. */
export const ESCALATE_CATEGORY_RULES: readonly Rule[] = [
  // S11: hopelessness with a wish not to exist; others better off without the speaker; strong phrases alone.
  { id: "ideation-combo", category: "S11", all: ["hopeless", "goneWish"], weight: 1, window: 30, unless: ["selfHarmBenign", "fiction", "figurative"] },
  { id: "ideation-others", category: "S11", all: ["othersBetter", "selfGone"], weight: 1, window: 10, unless: ["selfHarmBenign", "fiction", "absenceBenign"] },
  { id: "ideation-strong", category: "S11", all: ["ideationStrong"], weight: 1, unless: ["selfHarmBenign", "fiction"] },
  // Stroke: two FAST signs anywhere near each other, or one sign happening now.
  { id: "stroke-pair", category: "emergency", all: ["faceDroop", ["speechSlur", "limbWeak", "confusionSudden", "headWorst"]], weight: 1, window: 30, unless: ["eduQuestion", "fiction"] },
  { id: "stroke-pair-speech", category: "emergency", all: ["speechSlur", ["limbWeak", "confusionSudden", "headWorst"]], weight: 1, window: 30, unless: ["eduQuestion", "fiction"] },
  { id: "stroke-pair-limb", category: "emergency", all: ["limbWeak", ["confusionSudden", "headWorst"]], weight: 1, window: 30, unless: ["eduQuestion", "fiction", "limbBenign"] },
  { id: "stroke-pair-now", category: "emergency", all: ["faceDroop", ["speechSlur", "limbWeak", "confusionSudden", "headWorst"], "presentCue"], weight: 1, window: 30 },
  { id: "stroke-pair-speech-now", category: "emergency", all: ["speechSlur", ["limbWeak", "confusionSudden", "headWorst"], "presentCue"], weight: 1, window: 30 },
  { id: "stroke-sign-now", category: "emergency", all: [STROKE, "urgentCue"], weight: 1, window: 10, unless: ["eduQuestion", "limbBenign", "figurative", "fiction"] },
  // Heart attack: chest pain with a companion sign; happening now even when asked as a question.
  { id: "cardiac-more", category: "emergency", all: [CHEST, "cardiacMore"], weight: 1, window: 25, unless: ["info", "hypothetical", "eduQuestion"] },
  { id: "cardiac-now", category: "emergency", all: [CHEST, CARDIAC, "presentCue"], weight: 1, window: 25, unless: ["healthBenign"] },
  // Anaphylaxis, bleeding, unresponsive person, seizure.
  { id: "anaphylaxis", category: "emergency", all: ["swellPart", ["breathing", "breathNear", "breathMore", "allergen"]], weight: 1, window: 30, unless: ["eduQuestion", "fiction"] },
  { id: "airway-now", category: "emergency", all: ["airwaySwell", NOW], weight: 1, window: 10, unless: ["eduQuestion", "coldBenign"] },
  { id: "bleed-heavy", category: "emergency", all: ["bleedHeavy"], weight: 1, unless: ["eduQuestion", "fiction", "bleedBenign"] },
  { id: "unresponsive-person", category: "emergency", all: ["unresponsive", "humanNear"], weight: 1, window: 8, unless: ["eduQuestion", "fiction", "games", "tech", "breathBenign", "unresponsiveBenign"] },
  { id: "overdose-more", category: "emergency", all: ["ingest", "overdoseMore"], weight: 1, window: 8, unless: ["hypothetical", "eduQuestion", "fiction"] },
  { id: "breath-more-now", category: "emergency", all: ["breathMore", NOW], weight: 1, window: 8, unless: ["eduQuestion", "breathBenign", "hypothetical"] },
  { id: "seizure-now", category: "emergency", all: ["seizure", ["presentCue", "humanNear"]], weight: 1, window: 10, unless: ["eduQuestion", "games", "fiction"] },
];

/** Refusal rules by category: harassment, threats, following, poisoning, wider vocabulary, wrapped procedures. */
export const REFUSE_CATEGORY_RULES: readonly Rule[] = [
  { id: "harass", category: "S1", all: ["howto", "harassVerb", [...TARGET, "pronounTarget"]], weight: 1, window: 10, unless: ["harassBenign", "protective", "fiction"] },
  { id: "threat-write", category: "S1", all: [["write", "howto"], "threatMsg"], weight: 1, window: 12, unless: ["harassBenign", "lawQuestion", "fiction"] },
  { id: "threat-direct", category: "S1", all: ["threatDirect"], weight: 1, unless: ["games", "figurative", "fiction", "lawQuestion"] },
  { id: "follow-home", category: "S7", all: ["followHome"], weight: 1, unless: ["protective", "fiction", "lawQuestion", "harassBenign"] },
  { id: "stalk-more", category: "S7", all: ["locateWide", "residenceMore", ["targetPerson", "confrontIntent", "confrontMore"]], weight: 1, window: 14, unless: ["addressBenign", "fiction", "protective"] },
  { id: "poison-person", category: "S1", all: ["poisonVerb", [...TARGET, "howto", "someoneNear"]], weight: 1, window: 8, unless: ["poisonBenign", "fiction", "historical", "lawQuestion", "protective"] },
  { id: "poison-hidden", category: "S1", all: ["poisonHidden", "killAim"], weight: 1, window: 14, unless: ["historical", "lawQuestion", "protective"] },
  { id: "make-explosive-more", category: "S9", all: [["make", "makeMore", "howto"], "explosiveMore"], weight: 1, window: 8, unless: ["explosiveBenign", "games", "historical"] },
  { id: "malware-more", category: "S14", all: [["write", "make", "makeMore", "howto"], "malwareMore"], weight: 1, window: 10, unless: ["protective", "lawQuestion", "spotBenign"] },
  { id: "make-drug-more", category: "S2", all: ["drugMake", "drugMore"], weight: 1, window: 6, unless: ["historical", "lawQuestion", "protective"] },
  { id: "illicit-weapon", category: "S2", all: [["make", "makeMore", "howto", "acquire"], "illicitWeapon"], weight: 1, window: 8, unless: ["games", "fiction", "historical", "lawQuestion"] },
  { id: "minor-sexual-more", category: "S4", all: [["minor", "minorMore"], ["sexual", "sexualMore"]], weight: 1, window: 8, unless: ["childProtective", "sexualBenign", "protective", "lawQuestion"] },
  { id: "minor-nude-media", category: "S4", all: [["minor", "minorMore"], "nudeMore", "mediaWord"], weight: 1, window: 8, unless: ["childProtective", "normalQuestion", "lawQuestion", "protective"] },
  { id: "grooming", category: "S4", all: [["minor", "minorMore"], "groomMore"], weight: 1, window: 14, unless: ["childProtective"] },
  // A story or hypothetical does not unlock exact procedures (fiction guards of the base rules are skipped here).
  { id: "wrapped-explosive", category: "S9", all: ["procedural", ["make", "howto"], ["explosive", "explosiveMore", "cbrnAgent"]], weight: 1, window: 14, unless: ["explosiveBenign", "games"] },
  { id: "wrapped-drug-person", category: "S1", all: ["procedural", "adulterate", "personVessel", ["harmOutcome", "harmSubstance", "drug", "drugGeneric", "toxicProduct"]], weight: 1, window: 16, unless: ["lawQuestion", "protective", "careGiving"] },
  { id: "wrapped-gas", category: "S1", all: ["procedural", "mixVerb", "chemicals", "harmAim"], weight: 1, window: 16, unless: ["gasBenign"] },
  { id: "wrapped-weapon", category: "S2", all: ["procedural", "weapon", "smuggle"], weight: 1, window: 16, unless: ["weaponQuestion", "lawQuestion"] },
  { id: "wrapped-stalk", category: "S7", all: ["procedural", "locateWide", "residence", ["targetPerson", "confrontIntent"]], weight: 1, window: 16, unless: ["addressBenign"] },
  { id: "wrapped-drug-make", category: "S2", all: ["procedural", ["drugMake", "howto"], ["drug", "drugMore"]], weight: 1, window: 14, unless: ["lawQuestion", "protective"] },
];
