import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseTelegramHtml } from "./html.js";

/** One Bot API call the fake received. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

/** A message the fake holds (sent or edited by the bot). */
export interface FakeMessage {
  chatId: string;
  messageId: number;
  /** Visible text after entity parsing. */
  text: string;
  /** What the bot sent (HTML when parse_mode was HTML). */
  raw: string;
  params: Record<string, unknown>;
  edits: number;
}

/** Options of the fake. */
export interface FakeTelegramOptions {
  token?: string;
  botId?: number;
  username?: string;
  /** Per-chat token bucket: `burst` messages, then one every `everyMs` (Telegram: ~1/s). */
  chatRate?: { burst: number; everyMs: number };
  /** Messages per minute in a group (Telegram: 20). */
  groupPerMinute?: number;
  /** Longest hold of a long poll, in seconds (caps the client's `timeout`). */
  maxPollS?: number;
}

type Failure = { code: number; description: string; retryAfter?: number };

/** Update types Telegram delivers only when `allowed_updates` names them. */
const OPT_IN_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

/** A local Bot API (node:http on 127.0.0.1:0) that records calls and enforces Telegram's limits. */
export interface FakeTelegram {
  apiRoot: string;
  token: string;
  bot: { id: number; username: string };
  calls: RecordedCall[];
  messages: FakeMessage[];
  webhook: { url: string; secret?: string } | undefined;
  /** The last `allowed_updates` the bot set (getUpdates or setWebhook); opt-in types are held back unless named. */
  allowedUpdates: string[] | undefined;
  /** Queues an update for getUpdates (update_id assigned when missing); returns its update_id. */
  pushUpdate(update: Record<string, unknown>): number;
  /** The next `count` sendMessage/editMessageText calls fail with this error. */
  failNext(count: number, failure: Failure): void;
  /** Every call of a method answers this error until cleared (e.g. getMe 401, getUpdates 409). */
  failMethod(method: string, failure: Failure | undefined): void;
  /** Registers a downloadable file. */
  addFile(fileId: string, data: Uint8Array, options?: { path?: string; reportedSize?: number }): void;
  callsOf(method: string): RecordedCall[];
  /** Messages in a chat, in order. */
  chat(chatId: string | number): FakeMessage[];
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const ok = (result: unknown) => ({ ok: true, result });
const err = (f: Failure) => ({ ok: false, error_code: f.code, description: f.description, ...(f.retryAfter !== undefined ? { parameters: { retry_after: f.retryAfter } } : {}) });

/** Starts the fake Bot API. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? "123456:TEST-token-not-real";
  const bot = { id: options.botId ?? 123456, username: options.username ?? "spark_test_bot" };
  const chatRate = options.chatRate ?? { burst: 3, everyMs: 1000 };
  const groupPerMinute = options.groupPerMinute ?? 20;
  const maxPollS = options.maxPollS ?? 2;
  const calls: RecordedCall[] = [];
  const messages: FakeMessage[] = [];
  const queue: Array<Record<string, unknown> & { update_id: number }> = [];
  const waiters = new Set<() => void>();
  const files = new Map<string, { data: Uint8Array; path: string; reportedSize: number }>();
  const forced: Failure[] = [];
  const methodFailures = new Map<string, Failure>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const groupSends = new Map<string, number[]>();
  let nextUpdateId = 1000;
  let nextMessageId = 5000;
  let webhook: { url: string; secret?: string } | undefined;
  let allowedUpdates: string[] | undefined;
  const setAllowed = (p: Record<string, unknown>) => {
    if (Array.isArray(p.allowed_updates)) allowedUpdates = p.allowed_updates.map(String);
  };
  const deliverable = (u: Record<string, unknown>) => {
    const type = Object.keys(u).find((k) => k !== "update_id") ?? "";
    return allowedUpdates && allowedUpdates.length > 0 ? allowedUpdates.includes(type) : !OPT_IN_UPDATES.has(type);
  };

  const rateCheck = (chatId: string): number | undefined => {
    const now = Date.now();
    const b = buckets.get(chatId) ?? { tokens: chatRate.burst, at: now };
    const refill = Math.floor((now - b.at) / chatRate.everyMs);
    if (refill > 0) {
      b.tokens = Math.min(chatRate.burst, b.tokens + refill);
      b.at = b.tokens === chatRate.burst ? now : b.at + refill * chatRate.everyMs;
    }
    buckets.set(chatId, b);
    if (b.tokens < 1) return Math.max(1, Math.ceil((b.at + chatRate.everyMs - now) / 1000));
    if (chatId.startsWith("-")) {
      const recent = (groupSends.get(chatId) ?? []).filter((t) => now - t < 60_000);
      groupSends.set(chatId, recent);
      if (recent.length >= groupPerMinute) return Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
      recent.push(now);
    }
    b.tokens -= 1;
    return undefined;
  };

  const checkText = (params: Record<string, unknown>): { text: string } | Failure => {
    const raw = typeof params.text === "string" ? params.text : "";
    let text = raw;
    if (params.parse_mode === "HTML") {
      const parsed = parseTelegramHtml(raw);
      if (!parsed.ok) return { code: 400, description: parsed.error };
      text = parsed.text;
    } else if (params.parse_mode !== undefined) return { code: 400, description: "Bad Request: unsupported parse_mode in this fake" };
    if (text.trim().length === 0) return { code: 400, description: "Bad Request: message text is empty" };
    if (text.length > 4096) return { code: 400, description: "Bad Request: message is too long" };
    return { text };
  };

  const methods: Record<string, (params: Record<string, unknown>, res: ServerResponse, req: IncomingMessage) => unknown> = {
    getMe: () => ({ id: bot.id, is_bot: true, first_name: "Spark", username: bot.username, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }),
    setMyCommands: () => true,
    deleteWebhook: () => {
      webhook = undefined;
      return true;
    },
    setWebhook: (p) => {
      webhook = { url: String(p.url), ...(typeof p.secret_token === "string" ? { secret: p.secret_token } : {}) };
      setAllowed(p);
      return true;
    },
    sendChatAction: () => true,
    answerCallbackQuery: () => true,
    getFile: (p) => {
      const f = files.get(String(p.file_id));
      if (!f) return err({ code: 400, description: "Bad Request: invalid file_id" });
      if (f.reportedSize > 20 * 1024 * 1024) return err({ code: 400, description: "Bad Request: file is too big" });
      return { file_id: p.file_id, file_unique_id: `u${String(p.file_id)}`, file_size: f.reportedSize, file_path: f.path };
    },
    sendMessage: (p) => {
      const chatId = String(p.chat_id);
      const forcedFailure = forced.shift();
      if (forcedFailure) return err(forcedFailure);
      const checked = checkText(p);
      if ("code" in checked) return err(checked);
      const retry = rateCheck(chatId);
      if (retry !== undefined) return err({ code: 429, description: `Too Many Requests: retry after ${retry}`, retryAfter: retry });
      const message: FakeMessage = { chatId, messageId: nextMessageId++, text: checked.text, raw: String(p.text), params: p, edits: 0 };
      messages.push(message);
      return { message_id: message.messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: chatId.startsWith("-") ? "supergroup" : "private" }, text: checked.text };
    },
    editMessageText: (p) => {
      const chatId = String(p.chat_id);
      const forcedFailure = forced.shift();
      if (forcedFailure) return err(forcedFailure);
      const message = messages.find((m) => m.chatId === chatId && m.messageId === Number(p.message_id));
      if (!message) return err({ code: 400, description: "Bad Request: message to edit not found" });
      const checked = checkText(p);
      if ("code" in checked) return err(checked);
      if (checked.text === message.text && String(p.text) === message.raw) {
        return err({ code: 400, description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message" });
      }
      const retry = rateCheck(chatId);
      if (retry !== undefined) return err({ code: 429, description: `Too Many Requests: retry after ${retry}`, retryAfter: retry });
      Object.assign(message, { text: checked.text, raw: String(p.text), edits: message.edits + 1 });
      return { message_id: message.messageId, text: checked.text };
    },
  };

  const getUpdates = (p: Record<string, unknown>, res: ServerResponse, req: IncomingMessage) => {
    if (webhook) return reply(res, 409, err({ code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" }));
    setAllowed(p);
    const offset = typeof p.offset === "number" ? p.offset : 0;
    if (offset > 0) while (queue.length > 0 && queue[0]!.update_id < offset) queue.shift();
    const limit = typeof p.limit === "number" && p.limit > 0 ? p.limit : 100;
    const take = () => queue.filter((u) => u.update_id >= offset && deliverable(u)).slice(0, limit);
    const ready = take();
    const timeoutS = Math.min(typeof p.timeout === "number" ? p.timeout : 0, maxPollS);
    if (ready.length > 0 || timeoutS <= 0) return reply(res, 200, ok(ready));
    const done = () => {
      waiters.delete(done);
      clearTimeout(timer);
      reply(res, 200, ok(take()));
    };
    const timer = setTimeout(done, timeoutS * 1000);
    waiters.add(done);
    req.on("close", () => {
      waiters.delete(done);
      clearTimeout(timer);
    });
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) {
      const file = fileMatch[1] === token ? [...files.values()].find((f) => f.path === decodeURIComponent(fileMatch[2]!)) : undefined;
      if (!file) return reply(res, 404, err({ code: 404, description: "Not Found" }));
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(file.data.byteLength) });
      return res.end(Buffer.from(file.data));
    }
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(req);
    let params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (body.length > 0) {
      try {
        params = { ...params, ...(JSON.parse(body) as Record<string, unknown>) };
      } catch {
        return reply(res, 400, err({ code: 400, description: "Bad Request: invalid JSON" }));
      }
    }
    if (!m) return reply(res, 404, err({ code: 404, description: "Not Found" }));
    const method = m[2]!;
    calls.push({ method, params, at: Date.now() });
    if (m[1] !== token) return reply(res, 401, err({ code: 401, description: "Unauthorized" }));
    const failure = methodFailures.get(method);
    if (failure) return reply(res, failure.code, err(failure));
    if (method === "getUpdates") return getUpdates(params, res, req);
    const handler = methods[method];
    if (!handler) return reply(res, 404, err({ code: 404, description: "Not Found: method not found" }));
    const result = handler(params, res, req);
    if (result && typeof result === "object" && "ok" in result && (result as { ok: boolean }).ok === false) {
      return reply(res, (result as unknown as { error_code: number }).error_code, result);
    }
    return reply(res, 200, ok(result));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    calls,
    messages,
    get webhook() {
      return webhook;
    },
    get allowedUpdates() {
      return allowedUpdates;
    },
    pushUpdate(update) {
      const update_id = typeof update.update_id === "number" ? update.update_id : nextUpdateId++;
      nextUpdateId = Math.max(nextUpdateId, update_id + 1);
      queue.push({ ...update, update_id });
      for (const w of [...waiters]) w();
      return update_id;
    },
    failNext(count, failure) {
      for (let i = 0; i < count; i++) forced.push(failure);
    },
    failMethod(method, failure) {
      if (failure) methodFailures.set(method, failure);
      else methodFailures.delete(method);
    },
    addFile(fileId, data, opts = {}) {
      files.set(fileId, { data, path: opts.path ?? `files/${fileId}.bin`, reportedSize: opts.reportedSize ?? data.byteLength });
    },
    callsOf: (method) => calls.filter((c) => c.method === method),
    chat: (chatId) => messages.filter((m) => m.chatId === String(chatId)),
    async waitFor(probe, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value as never;
        if (Date.now() > deadline) throw new Error("fake telegram: condition not met in time");
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      for (const w of [...waiters]) w();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
