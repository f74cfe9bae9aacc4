import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../../src/keys.js";
import { createPartnerKeyStore } from "../../src/partners/store.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const CLI = resolve(__dirname, "../../dist/cli.js");
let h: Harness;
let redis: Redis;
beforeAll(async () => {
  h = await startHarness();
  redis = new Redis(h.redisUrl);
});
afterAll(async () => {
  redis?.disconnect();
  await h?.stop();
});

// A clean environment: nothing from the developer's shell or a .env leaks in.
const run = (args: string[], env: Record<string, string> = { REDIS_URL: h.redisUrl }) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), ...env }, encoding: "utf8", cwd: tmpdir(), timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("rollout and keys on the command line", () => {
  it("is built and documents the commands in --help", () => {
    expect(existsSync(CLI)).toBe(true);
    const help = run(["--help"], {});
    expect(help.stdout).toMatch(/rollout <channel> <percent>/);
    expect(help.stdout).toMatch(/keys create <partner>/);
  });

  it("says clearly that REDIS_URL is needed", () => {
    for (const args of [["rollout", "show"], ["keys", "list"]]) {
      const r = run(args, {});
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/needs REDIS_URL/);
    }
  });

  it("shows and changes the rollout, live in the running relay", async () => {
    const shown = run(["rollout", "show"]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^telegram\s+on, 100% of users/m);
    const set = run(["rollout", "telegram", "12.5"]);
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/telegram: on, 12.5% of users/);
    expect(run(["rollout", "telegram", "variant", "big", "model-big", "10"]).stdout).toMatch(/big=model-big@10%/);
    expect(run(["rollout", "telegram", "allow", "u-1"]).stdout).toMatch(/allow 1/);
    expect(run(["rollout", "telegram", "deny", "u-2"]).stdout).toMatch(/deny 1/);
    expect(run(["rollout", "telegram", "reply", "off"]).stdout).toMatch(/outside users get silence/);
    expect(run(["rollout", "telegram", "kill"]).stdout).toMatch(/telegram: KILLED/);
    const stored = JSON.parse((await redis.hget(KEYS.rollout(), "telegram"))!) as Record<string, unknown>;
    expect(stored).toMatchObject({ percent: 12.5, killed: true, allow: ["u-1"], deny: ["u-2"], notAvailableReply: null });
    // The running relay's admin API sees it at once.
    await expect
      .poll(async () => ((await (await fetch(`${h.url}/admin/api/rollout`)).json()) as { channels: Record<string, { killed: boolean }> }).channels.telegram!.killed, { timeout: 1000 })
      .toBe(true);
    expect(run(["rollout", "telegram", "unkill"]).stdout).toMatch(/telegram: on/);
  });

  it("rejects bad rollout input with a usage message", () => {
    const bad = run(["rollout", "telegram", "150"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/0 to 100/);
    expect(run(["rollout", "fax", "10"]).stderr).toMatch(/unknown channel "fax"/);
  });

  it("creates a key printed once and stored hashed, lists it, and revokes it", async () => {
    const created = run(["keys", "create", "Acme", "Corp", "--rpm", "30"]);
    expect(created.status).toBe(0);
    const key = /key:\s+(sk-spark-\S+)/.exec(created.stdout)![1]!;
    const id = /key id:\s+(\S+)/.exec(created.stdout)![1]!;
    const raw = JSON.stringify(await redis.hgetall(KEYS.partnerKeys()));
    expect(raw).not.toContain(key);
    expect((await createPartnerKeyStore(redis).verify(key))?.partner).toBe("Acme Corp");
    const client = new OpenAI({ apiKey: key, baseURL: `${h.url}/v1`, maxRetries: 0 });
    expect((await client.models.list()).data).toHaveLength(1);
    const listed = run(["keys", "list"]);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain("Acme Corp  30/min");
    expect(listed.stdout).not.toContain(key);
    expect(run(["keys", "revoke", id]).stdout).toContain(`revoked ${id}`);
    expect(run(["keys", "list"]).stdout).toMatch(/REVOKED/);
    await expect(client.models.list()).rejects.toMatchObject({ status: 401 });
    expect(run(["keys", "revoke", "nope"]).status).toBe(1);
  });
});
