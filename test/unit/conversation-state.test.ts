import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KEYS } from "../../src/keys.js";
import { ConversationState, DEAD_LETTER_KEY } from "../../workers/conversation-state.js";

let redis: Redis;
let state: ConversationState;
let conv = "";
let n = 0;

beforeAll(() => {
  redis = new Redis(process.env.TEST_REDIS_URL!);
  state = new ConversationState(redis);
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(() => {
  conv = `unit:state:${Date.now()}:${n++}`;
});

const msg = (id: string) => JSON.stringify({ id });

describe("conversation state machine", () => {
  it("the first message of a quiet conversation creates its owner; later ones join it", async () => {
    const a = await state.enqueue(conv, "m1", msg("m1"), 60);
    expect(a).toMatchObject({ fresh: true, created: true });
    const b = await state.enqueue(conv, "m2", msg("m2"), 60);
    expect(b).toEqual({ fresh: true, created: false, owner: a.owner });
  });

  it("a redelivered message is not appended twice", async () => {
    await state.enqueue(conv, "m1", msg("m1"), 60);
    const again = await state.enqueue(conv, "m1", msg("m1"), 60);
    expect(again.fresh).toBe(false);
    expect(await redis.llen(KEYS.pending(conv))).toBe(1);
  });

  it("take moves pending in flight; only the owner may take", async () => {
    const { owner } = await state.enqueue(conv, "m1", msg("m1"), 60);
    await state.enqueue(conv, "m2", msg("m2"), 60);
    expect(await state.take(conv, "someone-else")).toEqual({ kind: "not-owner" });
    expect(await state.take(conv, owner)).toEqual({ kind: "batch", recovered: false, items: [msg("m1"), msg("m2")] });
    expect(await redis.llen(KEYS.pending(conv))).toBe(0);
    // A crash before finish: the same job re-run gets the same batch back.
    expect(await state.take(conv, owner)).toEqual({ kind: "batch", recovered: true, items: [msg("m1"), msg("m2")] });
  });

  it("the last-message race: a message enqueued between take and finish is taken by the next loop, ownership kept", async () => {
    const { owner } = await state.enqueue(conv, "m1", msg("m1"), 60);
    await state.take(conv, owner);
    const late = await state.enqueue(conv, "m2", msg("m2"), 60);
    expect(late).toMatchObject({ created: false, owner });
    expect(await state.finish(conv, owner, [])).toBe(true);
    expect(await state.take(conv, owner)).toEqual({ kind: "batch", recovered: false, items: [msg("m2")] });
    await state.finish(conv, owner, []);
    expect(await state.take(conv, owner)).toEqual({ kind: "idle" });
    expect(await state.owner(conv)).toBeNull();
    // Once idle, the next message makes a new owner.
    const next = await state.enqueue(conv, "m3", msg("m3"), 60);
    expect(next.created).toBe(true);
    expect(next.owner).not.toBe(owner);
  });

  it("finishTurn keeps ownership while messages are pending and gives it up in the same step when none are", async () => {
    const { owner } = await state.enqueue(conv, "m1", msg("m1"), 60);
    await state.take(conv, owner);
    await state.enqueue(conv, "m2", msg("m2"), 60);
    expect(await state.finishTurn(conv, owner, ["u1", "a1"])).toBe("owner");
    expect(await state.take(conv, owner)).toEqual({ kind: "batch", recovered: false, items: [msg("m2")] });
    expect(await state.finishTurn(conv, owner, ["u2", "a2"])).toBe("released");
    expect(await state.owner(conv)).toBeNull();
    expect(await redis.llen(KEYS.inflight(conv))).toBe(0);
    expect(await redis.lrange(KEYS.history(conv), 0, -1)).toEqual(["u1", "a1", "u2", "a2"]);
    expect(await state.finishTurn(conv, owner, ["x"])).toBe("not-owner");
    // A message after the release makes a new owner.
    const next = await state.enqueue(conv, "m3", msg("m3"), 60);
    expect(next.created).toBe(true);
  });

  it("finish appends history atomically and trims it", async () => {
    const { owner } = await state.enqueue(conv, "m1", msg("m1"), 60);
    await state.take(conv, owner);
    expect(await state.finish(conv, owner, ["u", "a"])).toBe(true);
    expect(await redis.lrange(KEYS.history(conv), 0, -1)).toEqual(["u", "a"]);
    expect(await redis.llen(KEYS.inflight(conv))).toBe(0);
    expect(await state.finish(conv, "not-owner", ["x"])).toBe(false);
  });

  it("release after a permanent failure dead-letters the batch and frees the conversation", async () => {
    const { owner } = await state.enqueue(conv, `poison-${conv}`, msg("poison"), 60);
    await state.take(conv, owner);
    expect(await state.release(conv, owner)).toBe(true);
    expect(await state.owner(conv)).toBeNull();
    expect(await redis.lrange(DEAD_LETTER_KEY, 0, 0)).toEqual([msg("poison")]);
  });
});
