import type { EventEmitter } from "node:events";
import type { FastifyInstance } from "fastify";
import type { ChannelContext } from "../../src/channel.js";
import type { TurnEvent } from "../../src/events.js";
import { KEYS } from "../../src/keys.js";
import { registerWebFeedbackRoute } from "./feedback.js";
import { WebConversationIdSchema, WebMessageBodySchema, toInbound, webConversationId } from "./inbound.js";
import { WEB_PAGE_HTML } from "./page.js";

/** What the web routes need. */
export interface WebRoutesOptions {
  context: ChannelContext;
  local: EventEmitter;
  keepAliveMs: number;
  clock: () => number;
}

const MESSAGE_BODY_LIMIT = 256 * 1024;

/** Registers `GET /`, `POST /api/web/messages`, `POST /api/web/feedback`, the SSE route and `GET /api/web/status`. */
export function registerWebRoutes(http: FastifyInstance, options: WebRoutesOptions): void {
  const { context } = options;

  http.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(WEB_PAGE_HTML));

  http.get("/api/web/status", async () => {
    const raw = await context.redis.get(KEYS.modelStatus());
    const model = raw ? (JSON.parse(raw) as { ready: boolean; reason?: string }) : { ready: false, reason: "no worker is running yet" };
    return { model };
  });

  http.post("/api/web/messages", { bodyLimit: MESSAGE_BODY_LIMIT }, async (request, reply) => {
    const parsed = WebMessageBodySchema.safeParse(request.body);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.path[0] === "text" && i.code === "too_big");
      const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
      return reply.status(tooLong ? 413 : 400).send({ error: { message, code: tooLong ? "too_large" : "invalid_request" } });
    }
    const locale = request.headers["accept-language"]?.split(",")[0]?.trim().slice(0, 35);
    const result = await context.intake.accept(toInbound(parsed.data, options.clock(), locale));
    return reply.status(202).send({ status: result.status, id: parsed.data.messageId });
  });

  registerWebFeedbackRoute(http, context.feedback);

  http.get<{ Params: { conversationId: string } }>("/api/web/conversations/:conversationId/events", async (request, reply) => {
    const parsed = WebConversationIdSchema.safeParse(request.params.conversationId);
    if (!parsed.success) return reply.status(400).send({ error: { message: `conversationId: ${parsed.error.issues[0]?.message}`, code: "invalid_request" } });
    const conv = webConversationId(parsed.data);
    const lastEventId = Number(request.headers["last-event-id"] ?? NaN);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    raw.write(": connected\n\n");
    const write = (event: string, data: unknown, id?: string) => {
      if (!raw.writable) return;
      raw.write(`${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const onEvent = (event: TurnEvent) => forward(event, write);
    options.local.on(conv, onEvent);
    const keepAlive = setInterval(() => raw.writable && raw.write(": keep-alive\n\n"), options.keepAliveMs);
    const close = () => {
      clearInterval(keepAlive);
      options.local.off(conv, onEvent);
      options.local.off("close", end);
    };
    const end = () => {
      close();
      raw.end();
    };
    options.local.once("close", end);
    request.raw.on("close", close);
    if (Number.isFinite(lastEventId)) await replay(context, conv, lastEventId, write);
    return reply;
  });
}

function forward(event: TurnEvent, write: (event: string, data: unknown, id?: string) => void): void {
  switch (event.type) {
    case "delta":
      return write("delta", { text: event.text });
    case "reply":
      return write("reply", { text: event.text, html: event.html, replyTo: event.replyTo, part: event.part, parts: event.parts }, event.id);
    case "start":
      return write("typing", { typing: true });
    case "end":
      return write("typing", { typing: false });
    case "reset":
      return write("reset", {});
    case "progress":
      return write("progress", { note: event.note });
  }
}

async function replay(context: ChannelContext, conv: string, after: number, write: (event: string, data: unknown, id?: string) => void) {
  const stored = await context.redis.lrange(KEYS.webReplies(conv), 0, -1);
  for (const line of stored) {
    const r = JSON.parse(line) as { id: string; text: string; html?: string; replyTo?: string; part: number; parts: number };
    if (Number(r.id) > after) write("reply", { text: r.text, html: r.html, replyTo: r.replyTo, part: r.part, parts: r.parts }, r.id);
  }
}
