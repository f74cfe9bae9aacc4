import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import QRCode from "qrcode";
import qrTerminal from "qrcode-terminal";
import wweb, { type Client, type ClientOptions, type Message } from "whatsapp-web.js";
import type { ChannelAdapter, ChannelContext, ChannelHealth } from "../../src/channel.js";
import { adminGuard } from "../../src/http/admin-guard.js";
import { WhatsAppConnection } from "./connection.js";
import { normalizeMessage } from "./inbound.js";
import { EchoMemory, TurnPresence, sendPart } from "./outbound.js";
import { createPacer, type PacerOptions } from "./pacer.js";
import { recordWhatsAppReaction } from "./reactions.js";
import { CHROMIUM_ARGS } from "./types.js";

/** Options of the WhatsApp adapter; main builds them from `config.whatsapp`. */
export interface WhatsAppAdapterOptions {
  /** The Chromium whatsapp-web.js drives (WHATSAPP_CHROMIUM_PATH). */
  chromiumPath: string;
  /** Root of persisted state; the session lives in `<dataDir>/whatsapp` (LocalAuth). Defaults to the context's dataDir. */
  dataDir?: string;
  context: ChannelContext;
  /** Builds the client from the options the adapter chose (default: `new Client(options)`); the seam for other auth strategies. */
  clientFactory?: (options: ClientOptions) => Client;
  /** Pair by phone-number code instead of QR (WHATSAPP_PAIRING_NUMBER, digits only). */
  pairingPhoneNumber?: string;
  /** ADMIN_TOKEN: protects GET /admin/whatsapp/qr (unset: loopback only). */
  adminToken?: string;
  /** WHATSAPP_WATCHDOG_MS (default 30 min). */
  watchdogMs?: number;
  watchdogCheckMs?: number;
  /** WHATSAPP_WORKING_NOTE_MS (default 20 s; 0 disables the note). */
  workingNoteMs?: number;
  /** WHATSAPP_MAX_FILE_MB in bytes (default 16 MB). */
  maxFileBytes?: number;
  reconnect?: { initialMs?: number; maxMs?: number };
  pacing?: PacerOptions;
  logoutSettleMs?: number;
  typingRefreshMs?: number;
  /** Where the terminal QR is written (default stdout). */
  printQr?: (text: string) => void;
}

/** Outbox limiter: at most 30 reply jobs a minute leave the queue (each job's pieces are paced again in the adapter). */
export const WHATSAPP_RATE_LIMIT = { max: 30, durationMs: 60_000 } as const;

/** The whatsapp-web.js options the adapter runs with. */
export function whatsappClientOptions(options: { chromiumPath: string; sessionRoot: string; pairingPhoneNumber?: string }): ClientOptions {
  return {
    authStrategy: new wweb.LocalAuth({ dataPath: options.sessionRoot }),
    puppeteer: { executablePath: options.chromiumPath, headless: true, args: [...CHROMIUM_ARGS] },
    webVersionCache: { type: "none" },
    ...(options.pairingPhoneNumber ? { pairWithPhoneNumber: { phoneNumber: options.pairingPhoneNumber, showNotification: true } } : {}),
  };
}

/** Builds the WhatsApp channel: one whatsapp-web.js session, held by exactly one process (`channel whatsapp` or `all`). */
export function createWhatsAppAdapter(options: WhatsAppAdapterOptions): ChannelAdapter {
  const { context } = options;
  const logger = context.logger.child({ channel: "whatsapp" });
  const sessionRoot = join(options.dataDir ?? context.dataDir, "whatsapp");
  const clientOptions = () => whatsappClientOptions({ chromiumPath: options.chromiumPath, sessionRoot, pairingPhoneNumber: options.pairingPhoneNumber });
  const factory = options.clientFactory ?? ((o: ClientOptions) => new wweb.Client(o));
  const ownIds = new Set<string>();
  const echoes = new EchoMemory();
  const pacer = createPacer(options.pacing);
  const chains = new Map<string, Promise<void>>();
  let qrDataUrl: string | undefined;

  const handle = async (msg: Message) => {
    const result = await normalizeMessage(msg, {
      ownIds,
      blobs: context.blobs,
      maxFileBytes: options.maxFileBytes ?? 16 * 1024 * 1024,
      logger,
      isEcho: (chatId, text) => echoes.isEcho(chatId, text),
    });
    if ("skip" in result) {
      logger.debug({ messageId: msg.id.id, reason: result.skip }, "whatsapp message skipped");
      return;
    }
    const accepted = await context.intake.accept(result.message);
    logger.debug({ id: accepted.id, status: accepted.status }, "whatsapp message accepted");
  };
  // Messages of one chat are normalized and queued in arrival order (media downloads take varying time).
  const onMessage = (msg: Message) => {
    connection.touch();
    const previous = chains.get(msg.from) ?? Promise.resolve();
    const next = previous
      .then(() => handle(msg))
      .catch((err: unknown) => logger.error({ err, messageId: msg.id?.id }, "whatsapp inbound message failed"));
    chains.set(msg.from, next);
    void next.then(() => chains.get(msg.from) === next && chains.delete(msg.from));
  };

  const connection = new WhatsAppConnection({
    createClient: () => factory(clientOptions()),
    attach: (client) => {
      client.on("message", onMessage);
      client.on("message_reaction", (reaction) => {
        connection.touch();
        recordWhatsAppReaction(reaction, { feedback: context.feedback, logger }).catch((err: unknown) => logger.warn({ err }, "whatsapp reaction not recorded"));
      });
    },
    logger,
    sessionDir: join(sessionRoot, "session"),
    watchdogMs: options.watchdogMs,
    watchdogCheckMs: options.watchdogCheckMs,
    backoff: options.reconnect,
    logoutSettleMs: options.logoutSettleMs,
    onQr: (qr) => {
      qrTerminal.generate(qr, { small: true }, (art) => (options.printQr ?? ((t) => process.stdout.write(t)))(`Scan with WhatsApp > Linked devices:\n${art}\n`));
      QRCode.toDataURL(qr).then((url) => (qrDataUrl = url), (err: unknown) => logger.warn({ err }, "QR image failed"));
    },
    onCode: (code) => logger.warn({ pairingCode: code }, `WhatsApp pairing code: ${code} (WhatsApp > Linked devices > Link with phone number)`),
    onReady: (client) => {
      qrDataUrl = undefined;
      ownIds.clear();
      const wid = client.info?.wid?._serialized;
      if (wid) ownIds.add(wid);
      if (wid) {
        return client.getContactLidAndPhone([wid]).then(
          (ids) => ids.forEach((i) => i.lid && ownIds.add(i.lid)),
          (err: unknown) => logger.debug({ err }, "own lid unknown; mentions by lid not recognised"),
        );
      }
    },
  });
  const presence = new TurnPresence({ client: () => (connection.state === "connected" ? connection.client : undefined), pacer, echoes, logger, workingNoteMs: options.workingNoteMs ?? 20_000, typingRefreshMs: options.typingRefreshMs });

  return {
    name: "whatsapp",
    rateLimit: WHATSAPP_RATE_LIMIT,
    registerRoutes(http: FastifyInstance) {
      http.get("/admin/whatsapp/qr", { onRequest: adminGuard(options.adminToken) }, async (request, reply) => {
        const body = { state: connection.state, detail: connection.detail, qr: connection.state === "qr-needed" ? (qrDataUrl ?? null) : null, pairingCode: connection.pairingCode ?? null };
        if ((request.headers.accept ?? "").includes("image/png") && body.qr) {
          return reply.type("image/png").send(Buffer.from(body.qr.split(",")[1] ?? "", "base64"));
        }
        return reply.header("cache-control", "no-store").send(body);
      });
      // Re-pairing without a restart: drop the ended session and show a new QR.
      http.post("/admin/whatsapp/repair", { onRequest: adminGuard(options.adminToken) }, async (_request, reply) => {
        if (connection.state === "connected") return reply.status(409).send({ error: { message: "WhatsApp is connected; log out from the phone first", code: "conflict" } });
        void connection.repair().catch((err: unknown) => logger.error({ err }, "whatsapp re-pair failed"));
        return reply.status(202).send({ state: "starting" });
      });
    },
    start: () => connection.start(),
    async stop() {
      await presence.stopAll();
      await connection.stop();
    },
    async send(message, ledger) {
      const result = await sendPart(message, ledger, { client: () => (connection.state === "connected" ? connection.client : undefined), pacer, echoes, logger });
      await presence.delivered(message.conversationId);
      return result;
    },
    onTurnEvent: (event) => presence.onEvent(event),
    health(): ChannelHealth {
      const state = connection.state === "logged-out" ? "logged-out: re-pair needed" : connection.state;
      return { connected: connection.state === "connected", state, ...(connection.detail ? { detail: connection.detail } : {}) };
    },
  };
}
