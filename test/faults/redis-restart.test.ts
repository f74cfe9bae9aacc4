import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastUserText } from "../fakes/openai.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { startTestRedis } from "../helpers/redis.js";
import { newRecord, recordingWebChannel } from "./recording-channel.js";

const CONVERSATIONS = 20;
const LOAD_MS = 4000;
const RATE_PER_S = 40;

describe("faults: Redis restarted under load (AOF everysec)", () => {
  const dir = mkdtempSync(join(tmpdir(), "spark-aof-"));
  let redis: Awaited<ReturnType<typeof startTestRedis>>;
  let h: Harness;
  const record = newRecord();

  beforeAll(async () => {
    redis = await startTestRedis({ persist: true, dir });
    h = await startHarness({ redisUrl: redis.url, overrides: { channels: { web: recordingWebChannel(record) } } });
    h.fake.setResponder(async (request) => {
      await new Promise((r) => setTimeout(r, 80));
      return { text: `answer to ${lastUserText(request).replace(/\n+/g, " ")}` };
    });
  });
  afterAll(async () => {
    await h?.stop();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("every message acknowledged with 202 is answered after the restart", async () => {
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const posts: Array<Promise<void>> = [];
    const t0 = Date.now();
    let restarted: Promise<void> | undefined;
    for (let k = 0; Date.now() - t0 < LOAD_MS; k++) {
      const token = `<msg ${k}>`;
      posts.push(
        h.postWeb(`rr-${k % CONVERSATIONS}`, `m${k}`, token).then(
          (res) => void (res.status === 202 ? acknowledged : refused).push(token),
          () => void refused.push(token),
        ),
      );
      if (!restarted && Date.now() - t0 > 1500) {
        // A graceful restart on the same port and data directory, as an operator or a supervisor does it.
        restarted = (async () => {
          await redis.stop();
          await new Promise((r) => setTimeout(r, 700));
          redis = await startTestRedis({ persist: true, dir, port: redis.port });
        })();
      }
      await new Promise((r) => setTimeout(r, 1000 / RATE_PER_S));
    }
    await restarted;
    await Promise.all(posts);
    expect(acknowledged.length).toBeGreaterThan(100);

    const answered = () => new Set(record.posted.flatMap((p) => [...p.text.matchAll(/<msg \d+>/g)].map((m) => m[0])));
    await expect.poll(() => acknowledged.filter((t) => !answered().has(t)), { timeout: 30_000, interval: 200 }).toEqual([]);
    // Answered once: no token appears in two replies.
    const seen = record.posted.flatMap((p) => [...p.text.matchAll(/<msg \d+>/g)].map((m) => m[0]));
    expect(seen.length - new Set(seen).size).toBe(0);
  }, 60_000);
});
