import { describe, expect, it } from "vitest";
import { assign, bucket } from "../../src/rollout/assign.js";
import { applyAction } from "../../src/rollout/cli.js";
import { ChannelRolloutSchema, defaultRollout, type ChannelRollout } from "../../src/rollout/types.js";

const users = Array.from({ length: 10_000 }, (_, i) => `user-${i}`);
const rollout = (patch: Partial<ChannelRollout>): ChannelRollout => ChannelRolloutSchema.parse({ ...defaultRollout(), ...patch });
const admittedAt = (percent: number) => new Set(users.filter((u) => assign(rollout({ percent }), "telegram", u).admitted));

describe("rollout assignment", () => {
  it("admits everyone by default", () => {
    expect(users.every((u) => assign(defaultRollout(), "whatsapp", u).admitted)).toBe(true);
    expect(assign(defaultRollout(), "whatsapp", "x")).toMatchObject({ cohort: "default", reason: "in_percent" });
  });

  it("admits the configured share of 10,000 users within one percentage point", () => {
    for (const percent of [0, 0.5, 1, 10, 25, 50, 90, 100]) {
      const share = (admittedAt(percent).size / users.length) * 100;
      expect(Math.abs(share - percent)).toBeLessThanOrEqual(1);
    }
  });

  it("keeps every admitted user admitted as the percentage grows", () => {
    let previous = admittedAt(0);
    for (const percent of [1, 5, 10, 20, 20.5, 50, 99, 100]) {
      const now = admittedAt(percent);
      for (const u of previous) expect(now.has(u)).toBe(true);
      previous = now;
    }
  });

  it("gives the same answer every time and different answers per channel", () => {
    expect(bucket("rollout", "telegram", "alice")).toBe(bucket("rollout", "telegram", "alice"));
    const inTelegram = admittedAt(30);
    const inDiscord = new Set(users.filter((u) => assign(rollout({ percent: 30 }), "discord", u).admitted));
    const overlap = [...inTelegram].filter((u) => inDiscord.has(u)).length;
    // Independent hashes: about 30% of 30% overlap, not all of it.
    expect(overlap / users.length).toBeGreaterThan(0.07);
    expect(overlap / users.length).toBeLessThan(0.11);
  });

  it("splits admitted users into variants by an independent hash, within tolerance", () => {
    const r = rollout({ percent: 50, variants: [{ name: "big", model: "model-big", percent: 10 }, { name: "alt", model: "model-alt", percent: 20 }] });
    const counts: Record<string, number> = {};
    let admitted = 0;
    for (const u of users) {
      const a = assign(r, "telegram", u);
      if (!a.admitted) continue;
      admitted++;
      counts[a.cohort] = (counts[a.cohort] ?? 0) + 1;
      if (a.cohort === "big") expect(a.model).toBe("model-big");
      if (a.cohort === "default") expect(a.model).toBeUndefined();
    }
    expect(Math.abs(counts.big! / admitted - 0.1)).toBeLessThan(0.02);
    expect(Math.abs(counts.alt! / admitted - 0.2)).toBeLessThan(0.02);
    expect(Math.abs(counts.default! / admitted - 0.7)).toBeLessThan(0.02);
  });

  it("keeps a user's variant as the channel percentage grows", () => {
    const variants = [{ name: "big", model: "model-big", percent: 10 }];
    for (const u of users.slice(0, 2000)) {
      const small = assign(rollout({ percent: 10, variants }), "web", u);
      const large = assign(rollout({ percent: 60, variants }), "web", u);
      if (small.admitted) expect(large.cohort).toBe(small.cohort);
    }
  });

  it("applies deny, allow, off and the kill switch", () => {
    const outsider = users.find((u) => !assign(rollout({ percent: 10 }), "telegram", u).admitted)!;
    const insider = users.find((u) => assign(rollout({ percent: 10 }), "telegram", u).admitted)!;
    expect(assign(rollout({ percent: 10, allow: [outsider] }), "telegram", outsider)).toMatchObject({ admitted: true, reason: "allowed" });
    expect(assign(rollout({ percent: 10, deny: [insider] }), "telegram", insider)).toMatchObject({ admitted: false, reason: "denied" });
    expect(assign(rollout({ percent: 100, allow: [insider], deny: [insider] }), "telegram", insider).admitted).toBe(false);
    expect(assign(rollout({ enabled: false, allow: [insider] }), "telegram", insider)).toMatchObject({ admitted: false, reason: "disabled" });
    expect(assign(rollout({ killed: true, allow: [insider] }), "telegram", insider)).toMatchObject({ admitted: false, reason: "killed", cohort: "out" });
  });

  it("rejects variants covering more than 100% and duplicate names", () => {
    const v = (name: string, percent: number) => ({ name, model: "m", percent });
    expect(ChannelRolloutSchema.safeParse({ variants: [v("a", 60), v("b", 50)] }).success).toBe(false);
    expect(ChannelRolloutSchema.safeParse({ variants: [v("a", 10), v("a", 10)] }).success).toBe(false);
    expect(() => applyAction(rollout({ variants: [v("a", 60)] }), "variant", ["b", "m", "50"])).toThrow(/at most 100/);
  });

  it("parses the CLI actions", () => {
    const base = defaultRollout();
    expect(applyAction(base, "12.5", []).percent).toBe(12.5);
    expect(applyAction(base, "kill", []).killed).toBe(true);
    expect(applyAction(applyAction(base, "allow", ["u1"]), "deny", ["u1"])).toMatchObject({ allow: [], deny: ["u1"] });
    expect(applyAction(base, "reply", ["off"]).notAvailableReply).toBeNull();
    expect(applyAction(base, "variant", ["big", "model-big", "10"]).variants).toEqual([{ name: "big", model: "model-big", percent: 10 }]);
    expect(() => applyAction(base, "150", [])).toThrow(/0 to 100/);
    expect(() => applyAction(base, "sideways", [])).toThrow(/unknown rollout action/);
  });
});
