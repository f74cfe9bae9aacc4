import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import {
  defaultWorld,
  dmChannelPayload,
  guildPayload,
  reactionAddPayload,
  readyPayload,
  snowflake,
  userPayload,
  type FakeWorld,
  type ReactionOptions,
} from "./payloads.js";

/** Gateway intent bits for reactions (guild: 1 << 10, DM: 1 << 13). */
const INTENT_GUILD_MESSAGE_REACTIONS = 1 << 10;
const INTENT_DIRECT_MESSAGE_REACTIONS = 1 << 13;

/** One REST request the fake received. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
  at: number;
}

/** A canned failure for the next request matching method and path. */
export interface InjectedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | undefined;
  intents: number;
}

/** A message the bot posted or edited through REST. */
export interface PostedMessage {
  channelId: string;
  id: string;
  content: string;
}

/** Options of the fake. */
export interface FakeDiscordOptions {
  /** The token the fake accepts; anything else gets 401 / close 4004. */
  token: string;
  heartbeatIntervalMs?: number;
  world?: FakeWorld;
  /** Closes every IDENTIFY with 4004 although REST accepts the token (a token reset while connected). */
  rejectIdentify?: boolean;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** A local Discord: REST under `/api/v10`, the gateway WebSocket, and attachment downloads under `/attachments/`. */
export class FakeDiscord {
  readonly world: FakeWorld;
  readonly requests: RecordedRequest[] = [];
  /** Gateway opcodes received (2 = IDENTIFY, 6 = RESUME, 1 = heartbeat). */
  readonly gatewayOps: Array<{ op: number; path: string }> = [];
  readonly files = new Map<string, { data: Buffer; mime: string }>();
  /** The `intents` of every IDENTIFY received. */
  readonly identifiedIntents: number[] = [];
  /** Messages the bot posted (channel messages and interaction responses), in order; edits update `content`. */
  readonly posted: PostedMessage[] = [];
  private readonly failures: InjectedFailure[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly wss = new WebSocketServer({ server: this.server });
  private readonly sockets = new Set<WebSocket>();
  private readonly heartbeatIntervalMs: number;
  private port = 0;

  constructor(private readonly options: FakeDiscordOptions) {
    this.world = options.world ?? defaultWorld();
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 5000;
    this.wss.on("connection", (socket, req) => this.onConnection(socket, req.url ?? "/"));
  }

  /** Starts listening on 127.0.0.1, port 0. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The REST base to give discord.js (`rest.api`). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Serves `data` at a URL for attachment downloads. */
  addFile(name: string, data: Buffer, mime: string): string {
    this.files.set(name, { data, mime });
    return `http://127.0.0.1:${this.port}/attachments/${name}`;
  }

  /** Makes the next request matching `method` and `path` fail with the given response. */
  failNext(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  /** Answers the next matching request with 429 and the headers discord.js reads. */
  rateLimitNext(method: string, path: RegExp, retryAfterS: number): void {
    this.failNext({
      method,
      path,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: retryAfterS, global: false },
      headers: {
        "retry-after": String(retryAfterS),
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": String(retryAfterS),
        "x-ratelimit-bucket": "fakebucket",
        "x-ratelimit-scope": "user",
      },
    });
  }

  /** Sends a dispatch event to every identified connection. */
  dispatch(t: string, d: unknown): void {
    for (const session of this.sessions.values()) {
      if (!session.socket || session.socket.readyState !== session.socket.OPEN) continue;
      session.socket.send(JSON.stringify({ op: 0, t, s: ++session.seq, d }));
    }
  }

  /** A user adds a reaction: MESSAGE_REACTION_ADD goes to sessions that identified with the matching reactions intent. */
  react(o: ReactionOptions): void {
    const needed = o.guildId ? INTENT_GUILD_MESSAGE_REACTIONS : INTENT_DIRECT_MESSAGE_REACTIONS;
    const d = reactionAddPayload(this.world, o);
    for (const session of this.sessions.values()) {
      if (!session.socket || session.socket.readyState !== session.socket.OPEN || (session.intents & needed) === 0) continue;
      session.socket.send(JSON.stringify({ op: 0, t: "MESSAGE_REACTION_ADD", s: ++session.seq, d }));
    }
  }

  /** Closes every gateway connection with `code` (4000 lets the client resume). */
  dropConnections(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, "test drop");
  }

  /** Requests matching method and a path pattern, in arrival order. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake discord: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Stops the servers. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: WebSocket, path: string): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on("message", (raw) => {
      let payload: { op: number; d: Record<string, unknown> | number | null };
      try {
        payload = JSON.parse(String(raw)) as typeof payload;
      } catch {
        socket.close(4002, "Error while decoding payload.");
        return;
      }
      this.gatewayOps.push({ op: payload.op, path });
      this.onOp(socket, payload.op, payload.d);
    });
  }

  private onOp(socket: WebSocket, op: number, d: unknown): void {
    const body = (d ?? {}) as Record<string, unknown>;
    if (op === 1) socket.send(JSON.stringify({ op: 11 }));
    else if (op === 2) this.identify(socket, body);
    else if (op === 6) this.resume(socket, body);
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token || this.options.rejectIdentify) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    const session: Session = { id: randomUUID().replace(/-/g, ""), seq: 0, socket, intents: Number(d.intents ?? 0) };
    this.identifiedIntents.push(session.intents);
    this.sessions.set(session.id, session);
    const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    const resumeUrl = `ws://127.0.0.1:${this.port}/resume`;
    socket.send(JSON.stringify({ op: 0, t: "READY", s: ++session.seq, d: readyPayload(this.world, session.id, resumeUrl, shard) }));
    socket.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++session.seq, d: guildPayload(this.world) }));
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = this.sessions.get(String(d.session_id));
    if (d.token !== this.options.token || !session) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = socket;
    socket.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++session.seq, d: {} }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    if (req.method === "GET" && url.pathname.startsWith("/attachments/")) {
      const file = this.files.get(decodeURIComponent(url.pathname.slice("/attachments/".length)));
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": file.mime, "content-length": String(file.data.length) }).end(file.data);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = undefined;
    if (text && String(req.headers["content-type"]).includes("json")) body = JSON.parse(text);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const method = req.method ?? "GET";
    this.requests.push({ method, path, query: url.search, body, authorization: req.headers.authorization, at: Date.now() });
    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      res.writeHead(f!.status, { ...JSON_HEADERS, ...f!.headers }).end(JSON.stringify(f!.body));
      return;
    }
    const needsAuth = !/^\/(interactions|webhooks)\//.test(path);
    if (needsAuth && req.headers.authorization !== `Bot ${this.options.token}`) {
      res.writeHead(401, JSON_HEADERS).end(JSON.stringify({ message: "401: Unauthorized", code: 0 }));
      return;
    }
    const [status, reply] = this.route(method, path, body);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, JSON_HEADERS).end(JSON.stringify(reply));
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    const w = this.world;
    const b = (body ?? {}) as Record<string, unknown>;
    const key = `${method} ${path}`;
    if (key === "GET /gateway/bot") {
      const session_start_limit = { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 };
      return [200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit }];
    }
    if (key === "GET /users/@me") return [200, userPayload(w.botId, w.botName, true)];
    if (key === "GET /applications/@me" || key === "GET /oauth2/applications/@me") {
      return [200, { id: w.applicationId, name: w.botName, description: "", bot_public: true, flags: 0 }];
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? body : [];
      return [200, list.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: w.applicationId, version: snowflake() }))];
    }
    if (key === `GET /channels/${w.dmChannelId}`) return [200, dmChannelPayload(w)];
    if (method === "POST" && /^\/users\/@me\/channels$/.test(path)) return [200, dmChannelPayload(w)];
    if (method === "POST" && /^\/channels\/\d+\/typing$/.test(path)) return [204, undefined];
    let m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (m && (method === "POST" || method === "PATCH")) return [200, this.messageReply(m[1]!, m[2] ?? snowflake(), b)];
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    m = /^\/webhooks\/(\d+)\/[^/]+(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (m && (method === "POST" || method === "PATCH")) {
      const id = m[2] && m[2] !== "@original" ? m[2] : snowflake();
      return [200, this.messageReply(w.textChannelId, id, b)];
    }
    return [404, { message: `Unknown route ${key}`, code: 0 }];
  }

  private messageReply(channelId: string, id: string, b: Record<string, unknown>): Record<string, unknown> {
    const content = typeof b.content === "string" ? b.content : "";
    const known = this.posted.find((m) => m.id === id);
    if (known) known.content = content;
    else this.posted.push({ channelId, id, content });
    return {
      id,
      type: 0,
      channel_id: channelId,
      author: userPayload(this.world.botId, this.world.botName, true),
      content: b.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
    };
  }
}

/** Starts a fake Discord on a free port. */
export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
