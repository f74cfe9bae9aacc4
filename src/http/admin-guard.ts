import { timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request may not reach an admin route, or undefined when it may: bearer `ADMIN_TOKEN` when set, else loopback only. */
export function adminDenial(request: FastifyRequest, adminToken: string | undefined): { status: 401 | 403; message: string } | undefined {
  if (adminToken) {
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (match?.[1] && sameSecret(match[1].trim(), adminToken)) return undefined;
    return { status: 401, message: "admin route: send Authorization: Bearer <ADMIN_TOKEN>" };
  }
  if (LOOPBACK.has(request.socket.remoteAddress ?? "")) return undefined;
  return { status: 403, message: "admin route: only from loopback while ADMIN_TOKEN is unset" };
}

/** A fastify `onRequest` hook protecting admin routes (see adminDenial). */
export function adminGuard(adminToken: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const denial = adminDenial(request, adminToken);
    if (denial) {
      if (denial.status === 401) void reply.header("www-authenticate", "Bearer");
      await reply
        .status(denial.status)
        .send({ error: { message: denial.message, code: denial.status === 401 ? "unauthorized" : "forbidden" } });
    }
  };
}
