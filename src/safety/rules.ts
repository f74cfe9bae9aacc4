import { COMMON_CONCEPTS } from "./lexicon-common.js";
import { HARM_CONCEPTS } from "./lexicon-harm.js";
import { CARE_CONCEPTS } from "./lexicon-care.js";
import { INTENT_CONCEPTS } from "./lexicon-intent.js";
import { SIGN_CONCEPTS } from "./lexicon-signs.js";
import { TARGET_CONCEPTS } from "./lexicon-targets.js";
import { ESCALATE_CATEGORY_RULES, REFUSE_CATEGORY_RULES } from "./rules-category.js";
import { STRONG_CONCEPTS, STRONG_SIGN_CONCEPTS } from "./lexicon-strong.js";
import { STRONG_ESCALATE_RULES, STRONG_REFUSE_RULES } from "./rules-strong.js";
import { ROUND5_CONCEPTS, ROUND5_REFUSE_CONCEPTS } from "./lexicon-round5.js";
import { ROUND5_ESCALATE_RULES, ROUND5_REFUSE_RULES } from "./rules-round5.js";
import type { HazardCategory } from "./types.js";

/** Every concept the rules can name. */
export const CONCEPTS = { ...COMMON_CONCEPTS, ...HARM_CONCEPTS, ...CARE_CONCEPTS, ...INTENT_CONCEPTS, ...SIGN_CONCEPTS, ...TARGET_CONCEPTS, ...STRONG_CONCEPTS, ...STRONG_SIGN_CONCEPTS, ...ROUND5_CONCEPTS, ...ROUND5_REFUSE_CONCEPTS };
/** A concept's name. */
export type ConceptName = keyof typeof CONCEPTS;

/** One scoring rule: all groups must match (a group is one concept or any of several) within `window` tokens of the first. */
export interface Rule {
  id: string;
  category: HazardCategory;
  all: readonly (ConceptName | readonly ConceptName[])[];
  weight: number;
  /** Largest distance in tokens between the first group's hit and each other group's hit; unlimited when absent. */
  window?: number;
  /** The rule does not fire when any of these concepts appears anywhere in the text. */
  unless?: readonly ConceptName[];
}

const PERSONAL = ["firstPerson", "someoneNear", "now"] as const;

/** The rules, grouped by category. A category scoring 1 or more decides. */
export const RULES: readonly Rule[] = [
  // escalate
  { id: "self-harm", category: "S11", all: ["selfHarm"], weight: 1, unless: ["selfHarmBenign"] },
  { id: "cardiac-combo", category: "emergency", all: ["chestPain", ["breathing", "cardiacExtra"]], weight: 1, window: 25, unless: ["info"] },
  { id: "chest-pain-personal", category: "emergency", all: ["chestPain", PERSONAL], weight: 1, window: 8, unless: ["info"] },
  { id: "breathing-personal", category: "emergency", all: ["breathing", PERSONAL], weight: 1, window: 8, unless: ["info", "breathBenign"] },
  { id: "emergency-sign", category: "emergency", all: ["emergencySign"], weight: 1, unless: ["info"] },
  { id: "ingested-toxic", category: "emergency", all: ["ingest", "toxicProduct"], weight: 1, window: 6, unless: ["info", "lawQuestion", "hypothetical"] },
  { id: "ingested-amount", category: "emergency", all: ["ingest", "pillAmount"], weight: 1, window: 6, unless: ["info", "hypothetical"] },
  { id: "passive-ideation", category: "S11", all: ["passiveIdeation"], weight: 1, unless: ["selfHarmBenign", "fiction"] },
  { id: "cardiac-near", category: "emergency", all: [["chestNear", "chestPain"], ["breathNear", "breathing", "cardiacExtra"]], weight: 1, window: 25, unless: ["info", "hypothetical"] },
  { id: "chest-near-personal", category: "emergency", all: ["chestNear", PERSONAL], weight: 1, window: 8, unless: ["info", "hypothetical", "healthBenign"] },
  { id: "breath-near-personal", category: "emergency", all: ["breathNear", PERSONAL], weight: 1, window: 8, unless: ["info", "breathBenign", "hypothetical"] },
  { id: "collapse", category: "emergency", all: ["collapse"], weight: 1, unless: ["info", "fiction"] },
  { id: "child-ingested", category: "emergency", all: ["nearChild", "ingest", ["toxicProduct", "pillAmount", "pillsAny"]], weight: 1, window: 8, unless: ["info"] },
  // care
  { id: "health", category: "S6", all: ["health"], weight: 1, unless: ["healthBenign"] },
  { id: "health-weak", category: "S6", all: ["healthWeak"], weight: 0.5, unless: ["healthBenign", "games"] },
  { id: "health-weak-personal", category: "S6", all: ["healthWeak", "firstPerson"], weight: 0.5, window: 5, unless: ["healthBenign", "games"] },
  { id: "emergency-info", category: "S6", all: [["chestPain", "breathing", "emergencySign", "stroke", "selfHarm"]], weight: 1, unless: ["selfHarmBenign"] },
  // S9 indiscriminate weapons
  { id: "make-explosive", category: "S9", all: ["make", "explosive"], weight: 1, window: 6, unless: ["explosiveBenign", "games", "historical"] },
  { id: "make-cbrn", category: "S9", all: ["make", "cbrnAgent"], weight: 1, window: 8, unless: ["games", "historical"] },
  { id: "acquire-cbrn", category: "S9", all: ["acquire", "cbrnAgent", "howto"], weight: 1, window: 8, unless: ["games", "historical"] },
  { id: "attack-mass", category: "S9", all: ["attackVerb", "massTarget", "howto"], weight: 1, window: 8, unless: ["games", "explosiveBenign"] },
  { id: "attack-agent", category: "S9", all: ["attackVerb", ["cbrnAgent", "explosive"]], weight: 1, window: 6, unless: ["games", "explosiveBenign", "historical"] },
  // S14 malware and intrusion
  { id: "write-malware", category: "S14", all: ["write", "malware"], weight: 1, window: 8, unless: ["protective"] },
  { id: "howto-malware", category: "S14", all: ["howto", "malware"], weight: 0.6, window: 8, unless: ["protective"] },
  { id: "hack-account", category: "S14", all: ["hackVerb", "hackTarget"], weight: 1, window: 8, unless: ["protective", "lawQuestion"] },
  { id: "hack-other", category: "S14", all: ["hackWide", "otherAccount"], weight: 1, window: 10, unless: ["protective", "lawQuestion"] },
  { id: "hack-read", category: "S14", all: [["hackWide", "hackVerb"], "readOthers"], weight: 1, window: 16, unless: ["protective", "lawQuestion"] },
  { id: "hack-secret", category: "S14", all: [["hackWide", "hackVerb"], ["hackTarget", "otherAccount"], "privateNoKnow"], weight: 1, window: 16, unless: ["lawQuestion"] },
  // S2 non-violent crimes
  { id: "make-drug", category: "S2", all: ["drugMake", "drug"], weight: 1, window: 6, unless: ["historical"] },
  { id: "buy-drug", category: "S2", all: ["acquire", "drug", "howto"], weight: 1, window: 8, unless: ["lawQuestion"] },
  { id: "buy-drug-illicit", category: "S2", all: ["acquire", ["drug", "drugGeneric"], "drugBuyIllicit"], weight: 1, window: 10, unless: ["lawQuestion"] },
  { id: "steal", category: "S2", all: ["howto", "steal", "stealObject"], weight: 1, window: 8, unless: ["stealBenign", "lawQuestion", "games"] },
  { id: "steal-evade", category: "S2", all: ["steal", "evade"], weight: 1, window: 12, unless: ["stealBenign", "games"] },
  { id: "fraud", category: "S2", all: ["howto", "fraud"], weight: 1, window: 10, unless: ["lawQuestion", "protective"] },
  { id: "fraud-direct", category: "S2", all: ["fraud"], weight: 0.5, unless: ["lawQuestion", "protective", "truthQuestion"] },
  { id: "card-clone", category: "S2", all: ["cardVerb", "card"], weight: 1, window: 6, unless: ["protective", "lawQuestion", "cardBenign"] },
  { id: "drug-process", category: "S2", all: [["howto", "drugMake"], "drug"], weight: 0.5, window: 8, unless: ["historical", "lawQuestion", "protective"] },
  { id: "recipe-cbrn", category: "S9", all: ["drugMake", "cbrnAgent"], weight: 1, window: 8, unless: ["games", "historical"] },
  // S1 violent crimes
  { id: "harm-person", category: "S1", all: ["violentVerb", "person", "howto"], weight: 1, window: 6, unless: ["games", "photoBenign", "tech"] },
  { id: "violent-strong", category: "S1", all: ["violentStrong"], weight: 1, unless: ["games", "lawQuestion", "tech"] },
  { id: "violent-evade", category: "S1", all: ["violentVerb", "evade"], weight: 1, window: 12, unless: ["games", "tech"] },
  { id: "drug-person", category: "S1", all: ["adulterate", "personVessel", ["harmOutcome", "harmSubstance", "drug", "drugGeneric", "toxicProduct"]], weight: 1, window: 14, unless: ["fiction", "lawQuestion", "protective", "careGiving"] },
  { id: "gas-person", category: "S1", all: ["mixVerb", "chemicals", "harmAim", ["person", "targetPerson", "someoneNear"]], weight: 1, window: 16, unless: ["gasBenign", "fiction", "historical"] },
  { id: "violent-evade-wide", category: "S1", all: [["violentVerb", "harmAim"], "evadeWide"], weight: 1, window: 14, unless: ["games", "tech", "fiction"] },
  // S2 weapons past security or made undetectable
  { id: "weapon-smuggle", category: "S2", all: ["weapon", "smuggle", "checkpoint"], weight: 1, window: 12, unless: ["weaponQuestion", "lawQuestion", "games", "fiction"] },
  { id: "weapon-undetectable", category: "S2", all: ["make", "weapon", "smuggle"], weight: 1, window: 8, unless: ["weaponQuestion", "games", "fiction", "historical"] },
  // S3 sex crimes
  { id: "sex-crime", category: "S3", all: ["sexCrime", "howto"], weight: 1, window: 10, unless: ["sexCrimeBenign", "lawQuestion", "protective"] },
  { id: "voyeur", category: "S3", all: ["voyeur", "privatePlace"], weight: 1, window: 12, unless: ["protective", "lawQuestion"] },
  // S4 child sexual exploitation
  { id: "csam-strong", category: "S4", all: ["csamStrong"], weight: 1, unless: ["childProtective", "lawQuestion", "protective"] },
  { id: "minor-sexual", category: "S4", all: ["minor", "sexual"], weight: 1, window: 6, unless: ["childProtective"] },
  // S5 defamation
  { id: "defame", category: "S5", all: ["spreadVerb", "falsehood", "accusation"], weight: 1, window: 14, unless: ["truthQuestion"] },
  { id: "smear", category: "S5", all: ["smearIntent", "accusation"], weight: 1, window: 24, unless: ["truthQuestion", "protective"] },
  { id: "smear-strong", category: "S5", all: ["smearStrong", ["spreadText", "spreadVerb", "accusation", "person"]], weight: 1, window: 16, unless: ["truthQuestion", "protective", "lawQuestion"] },
  { id: "smear-accuse", category: "S5", all: ["spreadVerb", "spreadText", "accusation"], weight: 0.5, window: 14, unless: ["truthQuestion", "protective", "fiction"] },
  // S7 privacy
  { id: "spy", category: "S7", all: ["spyVerb", ["person", "privateTarget", "privateWeak"]], weight: 1, window: 6, unless: ["privacyBenign"] },
  { id: "dox", category: "S7", all: ["locate", "personalData", "privateTarget"], weight: 1, window: 10, unless: ["privacyBenign"] },
  { id: "dox-weak", category: "S7", all: ["locate", "personalData", "privateWeak"], weight: 0.5, window: 8, unless: ["privacyBenign"] },
  { id: "stalk-confront", category: "S7", all: ["locateWide", "residence", "confrontIntent"], weight: 1, window: 20, unless: ["addressBenign", "fiction"] },
  { id: "dox-target", category: "S7", all: ["locateWide", "residence", "targetPerson"], weight: 1, window: 10, unless: ["addressBenign", "fiction"] },
  { id: "dox-reverse", category: "S7", all: ["locateWide", "residence", "reverseLookup"], weight: 1, window: 14, unless: ["addressBenign"] },
  // S8 intellectual property
  { id: "piracy", category: "S8", all: ["pirateVerb", "software"], weight: 1, window: 6, unless: ["pirateBenign", "lawQuestion"] },
  // S10 hate
  { id: "slur-gen", category: "S10", all: [["write", "hateText", "howto"], "slur"], weight: 1, window: 10, unless: ["truthQuestion"] },
  { id: "dehumanize", category: "S10", all: ["group", "dehumanize"], weight: 1, window: 6, unless: ["truthQuestion"] },
  // S12 sexual content
  { id: "explicit", category: "S12", all: ["sexualGen", "explicit"], weight: 1, window: 8, unless: ["sexualBenign"] },
  { id: "sexual-roleplay", category: "S12", all: ["rpFrame", "intimacy"], weight: 1, window: 20, unless: ["sexualBenign", "childProtective"] },
  // S13 elections
  { id: "election-abuse", category: "S13", all: ["electionAbuse"], weight: 1, unless: ["lawQuestion", "truthQuestion", "protective"] },
  // by category, all five languages (rules-category.ts)
  ...ESCALATE_CATEGORY_RULES,
  ...REFUSE_CATEGORY_RULES,
  // strong signals with any request cue (rules-strong.ts)
  ...STRONG_ESCALATE_RULES,
  ...STRONG_REFUSE_RULES,
  // fifth round by category (rules-round5.ts)
  ...ROUND5_ESCALATE_RULES,
  ...ROUND5_REFUSE_RULES,
];
