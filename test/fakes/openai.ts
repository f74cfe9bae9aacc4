import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat-completions request as the fake received it. */
export interface RecordedChatRequest {
  at: number;
  endedAt?: number;
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: unknown }>;
    max_tokens?: number;
    reasoning_effort?: string;
    response_format?: { type: string };
    [key: string]: unknown;
  };
  headers: Record<string, string | string[] | undefined>;
}

/** How the fake answers one call; return value of the responder. */
export interface FakeReply {
  text?: string;
  /** HTTP status to fail with instead of answering. */
  status?: number;
  /** Delay before the first byte. */
  delayMs?: number;
  /** Delay between streamed chunks. */
  chunkDelayMs?: number;
  /** Never answer (the client's time-out must fire). */
  hang?: boolean;
  /** Send this many chunks, then destroy the connection mid-stream. */
  breakAfterChunks?: number;
  retryAfterS?: number;
}

/** Decides the reply for a request (call index is 0-based across the fake's life). */
export type Responder = (request: RecordedChatRequest, index: number) => FakeReply | Promise<FakeReply>;

/** A local OpenAI-compatible server: streams SSE like the real API, can be slowed or made to fail, records requests. */
export interface FakeOpenAI {
  url: string;
  requests: RecordedChatRequest[];
  transcriptions: Array<{ at: number; contentType: string; bytes: number; model?: string }>;
  /** Highest number of chat requests in flight at once. */
  maxConcurrent: number;
  setResponder(responder: Responder): void;
  /** Fails the next `n` chat calls with `status`. */
  failNext(n: number, status?: number): void;
  setTranscript(text: string): void;
  close(): Promise<void>;
}

/** The last user message's text content of a request. */
export function lastUserText(request: RecordedChatRequest): string {
  const users = request.body.messages.filter((m) => m.role === "user");
  const content = users[users.length - 1]?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: { type: string; text?: string }) => (p.type === "text" ? p.text : "")).join("");
  return "";
}

/** Default answer: echoes the last user message. */
export const echoResponder: Responder = (request) => ({ text: `echo: ${lastUserText(request)}` });

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeOpenAI(initial: Responder = echoResponder): Promise<FakeOpenAI> {
  let responder = initial;
  let failures: Array<number> = [];
  let transcript = "transcribed text";
  let index = 0;
  let inFlight = 0;
  const fake: FakeOpenAI = {
    url: "",
    requests: [],
    transcriptions: [],
    maxConcurrent: 0,
    setResponder: (r) => (responder = r),
    failNext: (n, status = 500) => (failures = [...failures, ...Array.from({ length: n }, () => status)]),
    setTranscript: (t) => (transcript = t),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(err) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? "").replace(/\?.*$/, "");
    if (req.method === "GET" && path.endsWith("/models")) return json(res, 200, { object: "list", data: [{ id: "fake-small", object: "model", owned_by: "fake" }] });
    if (req.method === "POST" && path.endsWith("/audio/transcriptions")) {
      const model = /name="model"\r\n\r\n([^\r]*)/.exec(body.toString("latin1"))?.[1];
      fake.transcriptions.push({ at: Date.now(), contentType: String(req.headers["content-type"]), bytes: body.length, model });
      return json(res, 200, { text: transcript });
    }
    if (req.method !== "POST" || !path.endsWith("/chat/completions")) return json(res, 404, { error: { message: "not found" } });
    const record: RecordedChatRequest = { at: Date.now(), body: JSON.parse(body.toString("utf8")), headers: req.headers };
    fake.requests.push(record);
    const i = index++;
    inFlight++;
    fake.maxConcurrent = Math.max(fake.maxConcurrent, inFlight);
    res.on("close", () => {
      inFlight--;
      record.endedAt = Date.now();
    });
    const failure = failures.shift();
    if (failure !== undefined) return json(res, failure, { error: { message: `injected failure ${failure}`, type: "server_error" } });
    const reply = await responder(record, i);
    if (reply.delayMs) await sleep(reply.delayMs);
    if (reply.hang) return;
    if (reply.status) {
      const headers: Record<string, string> = reply.retryAfterS !== undefined ? { "retry-after": String(reply.retryAfterS) } : {};
      return json(res, reply.status, { error: { message: `status ${reply.status}` } }, headers);
    }
    const text = reply.text ?? "";
    const model = record.body.model;
    const promptTokens = JSON.stringify(record.body.messages).length >> 2;
    const completionTokens = Math.max(1, text.length >> 2);
    if (!record.body.stream) {
      return json(res, 200, {
        id: `chatcmpl-${i}`, object: "chat.completion", created: Math.floor(Date.now() / 1000), model,
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      });
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const pieces = text.match(/[\s\S]{1,12}/g) ?? [];
    const chunk = (delta: object, finish: string | null, usage?: object) =>
      `data: ${JSON.stringify({ id: `chatcmpl-${i}`, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model, choices: usage ? [] : [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
    res.write(chunk({ role: "assistant", content: "" }, null));
    for (const [n, piece] of pieces.entries()) {
      if (reply.breakAfterChunks !== undefined && n >= reply.breakAfterChunks) {
        res.destroy();
        return;
      }
      if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      if (res.destroyed) return;
      res.write(chunk({ content: piece }, null));
    }
    res.write(chunk({}, "stop"));
    const wantsUsage = (record.body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
    if (wantsUsage) res.write(chunk({}, null, { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens }));
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
