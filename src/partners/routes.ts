import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { adminGuard } from "../http/admin-guard.js";
import type { PartnerKeyStore } from "./store.js";

const CreateBodySchema = z.object({
  partner: z.string().min(1).max(200),
  requestsPerMinute: z.number().int().positive().optional(),
  dailyTokens: z.number().int().positive().optional(),
});

/** Registers `GET/POST /admin/api/keys` and `DELETE /admin/api/keys/:id` behind the admin guard. */
export function registerPartnerAdminRoutes(http: FastifyInstance, options: { store: PartnerKeyStore; adminToken: string | undefined }): void {
  const { store } = options;
  const onRequest = adminGuard(options.adminToken);
  http.get("/admin/api/keys", { onRequest }, async () => ({ keys: await store.list() }));
  http.post("/admin/api/keys", { onRequest }, async (request, reply) => {
    const parsed = CreateBodySchema.safeParse(request.body);
    if (!parsed.success) return reply.status(400).send({ error: { message: z.prettifyError(parsed.error), code: "invalid_request" } });
    const { partner, ...limits } = parsed.data;
    const { key, record } = await store.create(partner, limits);
    return reply.status(201).send({ ...record, key });
  });
  http.delete<{ Params: { id: string } }>("/admin/api/keys/:id", { onRequest }, async (request, reply) => {
    if (!(await store.revoke(request.params.id))) return reply.status(404).send({ error: { message: "no such key", code: "not_found" } });
    return { id: request.params.id, revoked: true };
  });
}
