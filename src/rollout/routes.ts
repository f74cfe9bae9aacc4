import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { adminGuard } from "../http/admin-guard.js";
import { ChannelNameSchema } from "../message.js";
import type { RolloutStore } from "./store.js";
import { ChannelRolloutSchema } from "./types.js";

/** Registers `GET /admin/api/rollout` and `PUT /admin/api/rollout/:channel` behind the admin guard. */
export function registerRolloutAdminRoutes(http: FastifyInstance, options: { store: RolloutStore; adminToken: string | undefined }): void {
  const { store } = options;
  const onRequest = adminGuard(options.adminToken);
  http.get("/admin/api/rollout", { onRequest }, async () => ({ channels: await store.readAll() }));
  // PUT takes a partial rollout: the fields given replace the stored ones, the rest stay.
  http.put<{ Params: { channel: string } }>("/admin/api/rollout/:channel", { onRequest }, async (request, reply) => {
    const channel = ChannelNameSchema.safeParse(request.params.channel);
    if (!channel.success) return reply.status(404).send({ error: { message: `unknown channel "${request.params.channel}"`, code: "not_found" } });
    const body = z.record(z.string(), z.unknown()).safeParse(request.body);
    if (!body.success) return reply.status(400).send({ error: { message: "body must be a JSON object", code: "invalid_request" } });
    const unknown = Object.keys(body.data).filter((k) => !(k in ChannelRolloutSchema.shape));
    if (unknown.length > 0) return reply.status(400).send({ error: { message: `unknown fields: ${unknown.join(", ")}`, code: "invalid_request" } });
    try {
      const next = await store.update(channel.data, (current) => {
        const merged = ChannelRolloutSchema.safeParse({ ...current, ...body.data });
        if (!merged.success) throw new InvalidRollout(z.prettifyError(merged.error));
        return merged.data;
      });
      return { channel: channel.data, rollout: next };
    } catch (error) {
      if (error instanceof InvalidRollout) return reply.status(400).send({ error: { message: error.message, code: "invalid_request" } });
      throw error;
    }
  });
}

class InvalidRollout extends Error {}
