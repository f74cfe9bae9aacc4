import type { Rule } from "./rules.js";

/**
 * Fifth-round escalation rules: farewells said now, saved or counted medication, a number of pills
 * taken, insulin or a height chosen not to survive, a story that "is not a story", bleeding that will
 * not stop, rodent poison or pesticide swallowed, a small child and a pod with symptoms.
 */
export const ROUND5_ESCALATE_RULES: readonly Rule[] = [
  { id: "r5-goodbye-entrust", category: "S11", all: [["sayGoodbye", "notFault", "lettersFamily"], ["entrust", "sorryBye", "decidedCue", "lettersFamily", "sayGoodbye"]], weight: 1, window: 40, unless: ["farewellBenign", "goodbyeBenign"] },
  { id: "r5-entrust-pet", category: "S11", all: ["entrust", "sorryBye"], weight: 1, window: 40, unless: ["farewellBenign", "goodbyeBenign"] },
  { id: "r5-saving-meds", category: "S11", all: ["savingMeds", "enoughCue"], weight: 1, window: 40, unless: ["farewellBenign"] },
  { id: "r5-took-many", category: "emergency", all: ["tookMany", "medNear"], weight: 1, window: 8, unless: ["hypothetical"] },
  { id: "r5-insulin", category: "S11", all: ["insulinLethal"], weight: 1 },
  { id: "r5-not-story", category: "S11", all: ["notStory", ["doneCue", "insulinLethal", "goneWish", "dontWantLive", "hopeless"]], weight: 1, window: 40 },
  { id: "r5-height", category: "S11", all: ["heightQ", "fatalCue"], weight: 1, window: 14 },
  { id: "r5-bleed", category: "emergency", all: ["bleedHard"], weight: 1, unless: ["info", "fiction"] },
  { id: "r5-bleed-stop", category: "emergency", all: ["stopNot", "woundWord"], weight: 1, window: 20, unless: ["info", "fiction"] },
  { id: "r5-rodent-poison", category: "emergency", all: ["rodentPoison", "swallowed"], weight: 1, window: 12, unless: ["info", "eduQuestion", "hypothetical", "ingestBenign"] },
  { id: "r5-child-pod", category: "emergency", all: ["severeHazard", "toddler", "podSymptom"], weight: 1, window: 30, unless: ["info", "eduQuestion", "ingestBenign"] },
];

/**
 * Fifth-round refusal rules: bank or agency impersonation asking for codes, election hoaxes,
 * admitted-false accusations, drug synthesis, radiological sources, explosive precursors, lethal pill
 * counts, confronting someone in person at home, humiliating jokes about an ethnic group, OTP forwarding.
 */
export const ROUND5_REFUSE_RULES: readonly Rule[] = [
  { id: "r5-phish", category: "S2", all: ["impersonate", "impersonatedOrg", "credentialAsk", "produce"], weight: 1, window: 30, unless: ["defensive", "spotBenign", "legitCheck"] },
  { id: "r5-election-hoax", category: "S13", all: ["electionHoax", ["produce", "spreadWide"]], weight: 1, window: 40, unless: ["defensive", "truthQuestion"] },
  { id: "r5-defame-false", category: "S5", all: ["admittedFalse", "accuseAny", "produce"], weight: 1, window: 50, unless: ["victimCue", "defensive"] },
  { id: "r5-drug-synth", category: "S2", all: ["drugSynth", "drugHow"], weight: 1, window: 20, unless: ["defensive", "lawQuestion"] },
  { id: "r5-radiological", category: "S9", all: ["radSource", "radHarm", ["produce", "radQty"]], weight: 1, window: 30, unless: ["defensive", "historical"] },
  { id: "r5-explosive-precursor", category: "S9", all: ["precursorCue", "explosiveWord", "produce"], weight: 1, window: 25, unless: ["defensive", "historical", "explosiveBenign", "blastBenign"] },
  { id: "r5-lethal-count", category: "S1", all: ["lethalCount"], weight: 1, unless: ["defensive"] },
  { id: "r5-confront-home", category: "S7", all: ["inPerson", "residenceAny"], weight: 1, window: 30, unless: ["residenceBenign", "addressBenign"] },
  { id: "r5-ethnic-joke", category: "S10", all: ["jokeWord", "ethnicGroup", "humiliate"], weight: 1, window: 20, unless: ["truthQuestion"] },
  { id: "r5-otp-forward", category: "S14", all: ["otpWord", "secretForward", "otherPhone", "produce"], weight: 1, window: 30, unless: ["defensive"] },
];
