import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ServerResponse } from "node:http";
import { requestCancel } from "../../src/cancel.js";
import type { ChannelContext } from "../../src/channel.js";
import { admitRequest } from "../../src/partners/limits.js";
import type { PartnerKeyRecord, PartnerKeyStore } from "../../src/partners/store.js";
import { chunkBody, completionBody, replyError, usageChunkBody, usageOf } from "./format.js";
import { toInbound } from "./inbound.js";
import type { ApiReply, PendingRequests } from "./pending.js";
import { parseChatRequest } from "./request.js";
import { ApiError, type ChatCompletionRequest } from "./types.js";

/** What the API routes need. */
export interface ApiRoutesOptions {
  context: ChannelContext;
  keys: PartnerKeyStore;
  pending: PendingRequests;
  /** Model ids offered by `GET /v1/models` and accepted in requests. */
  models: string[];
  timeoutMs: number;
  clock: () => number;
}

/** Registers `GET /v1/models` and `POST /v1/chat/completions`, with OpenAI-style errors for everything under them. */
export function registerApiRoutes(http: FastifyInstance, options: ApiRoutesOptions): void {
  void http.register(async (scope) => {
    scope.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
      const api = toApiError(error);
      if (api.status === 500) request.log.error({ err: error }, "partner API request failed");
      return reply.status(api.status).headers(api.headers).send(api.body());
    });
    scope.get("/v1/models", async (request) => {
      await authenticate(request, options.keys);
      const created = Math.floor(options.clock() / 1000);
      return { object: "list", data: options.models.map((id) => ({ id, object: "model", created, owned_by: "spark-relay" })) };
    });
    scope.post("/v1/chat/completions", async (request, reply) => {
      const key = await authenticate(request, options.keys);
      const body = parseChatRequest(request.body);
      if (!options.models.includes(body.model)) {
        throw new ApiError(404, `The model '${body.model}' does not exist or you do not have access to it.`, "invalid_request_error", "model", "model_not_found");
      }
      const denial = await admitRequest(options.context.redis, key, options.clock());
      if (denial) {
        const quota = denial.reason === "daily_quota";
        // x-should-retry: the official SDKs retry 429s on their own; a spent daily quota will not come back in seconds.
        const headers: Record<string, string> = { "retry-after": String(denial.retryAfterS), ...(quota ? { "x-should-retry": "false" } : {}) };
        throw new ApiError(429, denial.message, quota ? "insufficient_quota" : "requests", null, quota ? "insufficient_quota" : "rate_limit_exceeded", headers);
      }
      return body.stream ? stream(request, reply, key, body, options) : complete(reply, key, body, options);
    });
  });
}

async function authenticate(request: FastifyRequest, keys: PartnerKeyStore): Promise<PartnerKeyRecord> {
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new ApiError(401, "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.", "invalid_request_error", null, "missing_api_key");
  }
  const key = await keys.verify(match[1]);
  if (!key) throw new ApiError(401, "Incorrect API key provided.", "invalid_request_error", null, "invalid_api_key");
  return key;
}

function toApiError(error: Error & { statusCode?: number; code?: string }): ApiError {
  if (error instanceof ApiError) return error;
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) return new ApiError(500, "The server had an error while processing your request.", "server_error", null, "internal_error");
  const code = error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError ? "invalid_json" : (error.code ?? null);
  return new ApiError(status, code === "invalid_json" ? `We could not parse the JSON body of your request: ${error.message}` : error.message, "invalid_request_error", null, code);
}

/** Queues the request's message and registers its waiter; resolves with the reply promise and the message id. */
async function submit(key: PartnerKeyRecord, body: ChatCompletionRequest, options: ApiRoutesOptions, requestId: string, waiter: { onDelta(t: string): void; onReset(): void }) {
  const inbound = toInbound(body, key.id, key.partner, requestId, options.clock());
  let resolve!: (reply: ApiReply) => void;
  const replied = new Promise<ApiReply>((r) => (resolve = r));
  options.pending.add(inbound.conversationId, { ...waiter, onReply: resolve });
  try {
    await options.context.intake.accept(inbound);
  } catch (error) {
    options.pending.remove(inbound.conversationId);
    throw error;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), options.timeoutMs)));
  const reply = Promise.race([replied, timedOut]).finally(() => {
    clearTimeout(timer);
    options.pending.remove(inbound.conversationId);
  });
  const cancel = () => {
    options.pending.remove(inbound.conversationId);
    void requestCancel(options.context.redis, inbound.id).catch((err) => options.context.logger.warn({ err }, "could not publish a cancel"));
  };
  return { requestId, reply, cancel };
}

const TIMEOUT = () => new ApiError(504, "The answer took too long; try again.", "server_error", null, "timeout");

async function complete(reply: FastifyReply, key: PartnerKeyRecord, body: ChatCompletionRequest, options: ApiRoutesOptions) {
  const submitted = await submit(key, body, options, newRequestId(), { onDelta() {}, onReset() {} });
  let answered = false;
  reply.raw.on("close", () => {
    if (!answered && !reply.raw.writableFinished) submitted.cancel();
  });
  const result = await submitted.reply;
  answered = true;
  if (!result) throw TIMEOUT();
  const error = replyError(result);
  if (error) throw error;
  return completionBody(`chatcmpl-${submitted.requestId}`, body.model, Math.floor(options.clock() / 1000), result);
}

async function stream(request: FastifyRequest, reply: FastifyReply, key: PartnerKeyRecord, body: ChatCompletionRequest, options: ApiRoutesOptions) {
  const raw = reply.raw;
  const created = Math.floor(options.clock() / 1000);
  const requestId = newRequestId();
  const id = `chatcmpl-${requestId}`;
  let started = false;
  let done = false;
  let streamed = "";
  let attempt = "";
  const write = (data: unknown) => raw.writable && raw.write(`data: ${JSON.stringify(data)}\n\n`);
  const start = () => {
    if (started) return;
    started = true;
    raw.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" });
    write(chunkBody(id, body.model, created, { role: "assistant", content: "" }, null));
  };
  // Only text that extends what the client already has is sent: after a model retry, nothing is sent until the new attempt passes it.
  const extend = (text: string) => {
    if (done || !text.startsWith(streamed) || text.length === streamed.length) return;
    start();
    write(chunkBody(id, body.model, created, { content: text.slice(streamed.length) }, null));
    streamed = text;
  };
  reply.hijack();
  const submitted = await submit(key, body, options, requestId, {
    onDelta: (text) => extend((attempt += text)),
    onReset: () => (attempt = ""),
  }).catch((error: unknown) => {
    sendError(raw, error instanceof ApiError ? error : toApiError(error as Error));
    return undefined;
  });
  if (!submitted) return;
  raw.on("close", () => {
    if (!done) submitted.cancel();
  });
  const result = await submitted.reply;
  const error = result ? replyError(result) : TIMEOUT();
  if (error || !result) {
    done = true;
    if (!started) return sendError(raw, error ?? TIMEOUT());
    write(error?.body());
    raw.end("data: [DONE]\n\n");
    return;
  }
  extend(result.text);
  if (!result.text.startsWith(streamed)) request.log.warn({ id }, "streamed text differs from the final answer (the model was retried mid-stream)");
  start();
  done = true;
  write(chunkBody(id, body.model, created, {}, "stop"));
  if (body.stream_options?.include_usage) write(usageChunkBody(id, body.model, created, usageOf(result)));
  raw.end("data: [DONE]\n\n");
}

function newRequestId(): string {
  return randomUUID().replace(/-/g, "");
}

function sendError(raw: ServerResponse, error: ApiError): void {
  if (raw.headersSent) return void raw.end();
  raw.writeHead(error.status, { "content-type": "application/json; charset=utf-8", ...error.headers });
  raw.end(JSON.stringify(error.body()));
}
