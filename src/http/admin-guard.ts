import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
/** Cookie a browser gets from `POST /admin/login`, so the dashboard works where an Authorization header can't be sent. */
export const ADMIN_COOKIE = "spark_admin";

/** Compares secrets in constant time (digests first, so lengths leak nothing either). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The admin token a request presents: `Authorization: Bearer`, or the dashboard cookie. */
function presentedToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "");
  if (match?.[1]) return match[1].trim();
  const cookie = request.headers.cookie ?? "";
  for (const part of cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === ADMIN_COOKIE) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** Why a request may not reach an admin route, or undefined when it may: bearer `ADMIN_TOKEN` when set, else loopback only. */
export function adminDenial(request: FastifyRequest, adminToken: string | undefined): { status: 401 | 403; message: string } | undefined {
  if (adminToken) {
    const given = presentedToken(request);
    if (given && sameSecret(given, adminToken)) return undefined;
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
