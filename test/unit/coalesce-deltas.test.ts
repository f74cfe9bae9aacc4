import { describe, expect, it } from "vitest";
import { coalesceDeltas } from "../../workers/turn.js";

const tick = () => new Promise((r) => setImmediate(r));

describe("coalesceDeltas", () => {
  it("publishes pieces of one tick as one delta, in order, numbering each published delta", async () => {
    const out: Array<[string, number]> = [];
    const d = coalesceDeltas((text, seq) => out.push([text, seq]));
    d.push("Hel");
    d.push("lo");
    expect(out).toEqual([]);
    await tick();
    d.push(" wor");
    await tick();
    d.push("ld");
    d.flush();
    expect(out).toEqual([["Hello", 0], [" wor", 1], ["ld", 2]]);
    await tick();
    expect(out).toHaveLength(3);
  });

  it("drops pending text on discard (a retry voids the stream)", async () => {
    const out: string[] = [];
    const d = coalesceDeltas((text) => out.push(text));
    d.push("partial");
    d.discard();
    await tick();
    d.push("fresh");
    d.flush();
    expect(out).toEqual(["fresh"]);
  });
});
