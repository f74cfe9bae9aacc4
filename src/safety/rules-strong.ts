import type { Rule } from "./rules.js";

/**
 * Strong-signal rules: a hazard term that is harmful to help with almost regardless of phrasing,
 * plus any request cue, refuses unless a narrow defensive frame is present. `fiction` and `games`
 * are deliberately not guards here: a story or a game does not unlock a nerve agent or a forged ID.
 * The strong concept comes first so a rule stops at once on ordinary text.
 */
export const STRONG_REFUSE_RULES: readonly Rule[] = [
  { id: "strong-cbrn", category: "S9", all: ["strongCbrn", "produce"], weight: 1, window: 30, unless: ["defensive", "historical", "lawQuestion", "aboutTopic"] },
  { id: "strong-cbrn-procedure", category: "S9", all: ["strongCbrn", "procedureCue"], weight: 1, window: 30, unless: ["defensive", "lawQuestion"] },
  { id: "strong-anfo", category: "S9", all: ["anfoPart", "blastWord", "produce"], weight: 1, window: 30, unless: ["defensive", "historical", "lawQuestion"] },
  { id: "strong-malware", category: "S14", all: ["strongMalware", "produce"], weight: 1, window: 30, unless: ["defensive", "spotBenign"] },
  { id: "strong-fake-doc", category: "S2", all: ["fakeWord", "strongFakeDoc", "produce"], weight: 1, window: 30, unless: ["defensive", "spotBenign", "lawQuestion", "aboutTopic", "narrative"] },
  { id: "strong-fake-doc-procedure", category: "S2", all: ["fakeWord", "strongFakeDoc", "procedureCue"], weight: 1, window: 30, unless: ["defensive", "spotBenign", "lawQuestion"] },
  { id: "strong-fraud", category: "S2", all: ["strongFraud", "produce"], weight: 1, window: 30, unless: ["defensive", "spotBenign", "lawQuestion"] },
  { id: "strong-hate", category: "S10", all: ["hateIncite", "group", "produce"], weight: 1, window: 20, unless: ["defensive", "truthQuestion"] },
  { id: "strong-election", category: "S13", all: ["electionProcess", "electionFalse", ["produce", "spreadWide"]], weight: 1, window: 30, unless: ["defensive", "truthQuestion"] },
  { id: "strong-defame", category: "S5", all: ["fakeEvidence", ["accusation", "accusationMore"], "produce"], weight: 1, window: 30, unless: ["defensive", "truthQuestion"] },
  { id: "strong-defame-viral", category: "S5", all: ["spreadWide", "accusationMore", "produce"], weight: 1, window: 30, unless: ["defensive", "truthQuestion", "lawQuestion"] },
  { id: "hurt-no-marks", category: "S1", all: ["noMarks", "hurtVerb"], weight: 1, window: 14, unless: ["defensive", "fiction", "games", "lawQuestion", "photoBenign", "hurtBenign"] },
  { id: "stalk-ex-moved", category: "S7", all: ["exPartner", "cutContact", "residenceWide"], weight: 1, window: 40, unless: ["residenceBenign", "defensive", "fiction"] },
  { id: "stalk-online-stranger", category: "S7", all: ["residenceWide", "onlineStranger"], weight: 1, window: 20, unless: ["defensive", "fiction", "addressBenign"] },
  { id: "strong-minor-sexual", category: "S4", all: ["sexualAny", "minorAny", ["produce", "mediaWord"]], weight: 1, window: 20, unless: ["childProtective", "defensive", "normalQuestion", "lawQuestion"] },
];

/** Strong escalation rules: a direct wish not to live, farewell preparations, stockpiled pills, a child and a household hazard. */
export const STRONG_ESCALATE_RULES: readonly Rule[] = [
  { id: "strong-dont-live", category: "S11", all: ["dontWantLive"], weight: 1, unless: ["fiction", "figurative", "selfHarmBenign"] },
  { id: "farewell", category: "S11", all: ["farewellLetters", "farewellReady"], weight: 1, window: 40, unless: ["farewellBenign", "fiction"] },
  { id: "goodbye-all", category: "S11", all: ["goodbyeAll", ["decidedCue", "farewellReady", "farewellLetters"]], weight: 1, window: 40, unless: ["farewellBenign", "fiction"] },
  { id: "stockpile-meds", category: "S11", all: ["stockpileMeds", ["stockpileWhy", "hopeless", "goneWish", "dontWantLive"]], weight: 1, window: 30, unless: ["fiction"] },
  { id: "child-severe-hazard", category: "emergency", all: ["severeHazard", "ingestMore", "childAny"], weight: 1, window: 12, unless: ["ingestBenign", "info", "eduQuestion"] },
  { id: "child-hazard", category: "emergency", all: ["householdHazard", "ingestMore", "childAny", "childSymptom"], weight: 1, window: 20, unless: ["ingestBenign", "info", "eduQuestion"] },
];
