import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { FeedbackStore } from "../../feedback.js";
import { KEYS } from "../../keys.js";
import type { Stats } from "../../stats.js";
import { ADMIN_COOKIE, adminDenial, adminGuard, sameSecret } from "../admin-guard.js";
import type { ReadinessCheck } from "../server.js";
import { DASHBOARD_HTML, LOGIN_HTML } from "./page.js";

/** What the dashboard reads. */
export interface DashboardOptions {
  adminToken: string | undefined;
  redis: Redis;
  stats: Stats;
  feedback: FeedbackStore;
  checks: ReadinessCheck[];
  /** Every queue of the cluster (shown with their depths and in the queue browser). */
  queues: () => Queue[];
  /** Serve cookies with `Secure` (behind HTTPS). */
  secureCookie?: boolean;
}

let chartJs: string | undefined;
function chartScript(): string {
  // Served from the installed chart.js package: the dashboard works offline, with no CDN.
  chartJs ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.js"), "utf8");
  return chartJs;
}

/** Registers `/admin` (the page), its login, `/admin/api/overview`, the Chart.js asset and the queue browser at `/admin/queues`. */
export async function registerDashboard(http: FastifyInstance, options: DashboardOptions): Promise<void> {
  const guard = adminGuard(options.adminToken);

  http.get("/admin", async (request, reply) => {
    const denial = adminDenial(request, options.adminToken);
    if (denial?.status === 401) return reply.status(401).type("text/html; charset=utf-8").send(LOGIN_HTML);
    if (denial) return reply.status(denial.status).send({ error: { message: denial.message, code: "forbidden" } });
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(DASHBOARD_HTML);
  });

  http.post("/admin/login", async (request, reply) => {
    const body = z.object({ token: z.string().min(1).max(1000) }).safeParse(request.body);
    if (!body.success) return reply.status(400).send({ error: { message: "send { token }", code: "invalid_request" } });
    if (!options.adminToken || !sameSecret(body.data.token, options.adminToken)) {
      return reply.status(401).send({ error: { message: "wrong admin token", code: "unauthorized" } });
    }
    const secure = options.secureCookie ? "; Secure" : "";
    void reply.header("set-cookie", `${ADMIN_COOKIE}=${encodeURIComponent(body.data.token)}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=43200${secure}`);
    return reply.status(204).send();
  });

  http.get("/admin/assets/chart.umd.js", { onRequest: guard }, async (_request, reply) =>
    reply.type("application/javascript; charset=utf-8").header("cache-control", "max-age=3600").send(chartScript()),
  );

  http.get("/admin/api/overview", { onRequest: guard }, async () => {
    const [stats, queues, health, feedback, model] = await Promise.all([
      options.stats.read(60),
      Promise.all(
        options.queues().map(async (q) => ({ name: q.name, counts: await q.getJobCounts("waiting", "active", "delayed", "failed", "completed") })),
      ),
      Promise.all(options.checks.map(async (c) => ({ name: c.name, ...(await c.check().catch((e: Error) => ({ ok: false, detail: e.message }))) }))),
      options.feedback.summary(),
      options.redis.get(KEYS.modelStatus()),
    ]);
    return { generatedAt: Date.now(), stats, queues, health, feedback, model: model ? (JSON.parse(model) as unknown) : null };
  });

  const board = new FastifyAdapter();
  board.setBasePath("/admin/queues");
  createBullBoard({ queues: options.queues().map((q) => new BullMQAdapter(q)), serverAdapter: board });
  await http.register(async (scope) => {
    scope.addHook("onRequest", guard);
    await scope.register(board.registerPlugin(), { prefix: "/admin/queues" });
  });
}
