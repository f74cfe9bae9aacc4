import { rm } from "node:fs/promises";
import type { Logger } from "pino";
import type { Client } from "whatsapp-web.js";
import type { WhatsAppState } from "./types.js";

/** Disconnect reasons after which reconnecting cannot help: an operator must re-pair or appeal. */
const FINAL_REASONS: Record<string, { state: WhatsAppState; detail: string }> = {
  LOGOUT: { state: "logged-out", detail: "re-pair needed: the phone unlinked this device" },
  TOS_BLOCK: { state: "failed", detail: "the number is banned by WhatsApp (TOS_BLOCK)" },
  SMB_TOS_BLOCK: { state: "failed", detail: "the business number is banned by WhatsApp (SMB_TOS_BLOCK)" },
  DEPRECATED_VERSION: { state: "failed", detail: "WhatsApp Web rejected this client version: update whatsapp-web.js" },
};

/** Options of the connection supervisor. */
export interface ConnectionOptions {
  /** Builds a fresh client; called on start and on every restart. */
  createClient: () => Client;
  /** Attaches the adapter's message handlers to a new client. */
  attach: (client: Client) => void;
  logger: Logger;
  /** Where the session lives (named in the log when re-pairing is needed). */
  sessionDir: string;
  onQr?: (qr: string) => void;
  onCode?: (code: string) => void;
  onReady?: (client: Client) => void | Promise<void>;
  /** Restart a connected client that delivered no event for this long and whose getState() is not CONNECTED. */
  watchdogMs?: number;
  watchdogCheckMs?: number;
  backoff?: { initialMs?: number; maxMs?: number };
  /** After LOGOUT, let the library finish its own clean-up before the browser is closed. */
  logoutSettleMs?: number;
  clock?: () => number;
}

/** Keeps one whatsapp-web.js client alive: reconnects with backoff, stops for good on LOGOUT, restarts silent sessions. */
export class WhatsAppConnection {
  state: WhatsAppState = "stopped";
  detail: string | undefined;
  client: Client | undefined;
  /** Latest QR payload while pairing is pending. */
  qr: string | undefined;
  pairingCode: string | undefined;
  lastEventAt = 0;
  restarts = 0;
  private generation = 0;
  /** Settles once a final state has closed the old client. */
  private finalClose: Promise<void> = Promise.resolve();
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private watchdogTimer: NodeJS.Timeout | undefined;
  private readonly clock: () => number;

  constructor(private readonly options: ConnectionOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** Marks the session alive (any message, ack or state change). */
  touch(): void {
    this.lastEventAt = this.clock();
  }

  /** Starts the first client; failures are retried with backoff, never thrown. */
  async start(): Promise<void> {
    this.setState("starting");
    const checkMs = this.options.watchdogCheckMs ?? Math.min(60_000, Math.max(1000, (this.options.watchdogMs ?? 1_800_000) / 4));
    this.watchdogTimer = setInterval(() => void this.watchdog(), checkMs);
    this.watchdogTimer.unref();
    await this.launch();
  }

  /** Stops the client and every timer; no reconnect follows. */
  async stop(): Promise<void> {
    if (this.state !== "logged-out" && this.state !== "failed") this.setState("stopped");
    this.generation++;
    clearInterval(this.watchdogTimer);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    await this.closeClient();
  }

  /** After a logout (or a failure): forgets the old session and starts a fresh client, which shows a new QR to pair. */
  async repair(): Promise<void> {
    // Let the ended client finish its own post-logout work first; closing it mid-way makes the library's listeners reject.
    await this.finalClose;
    await this.stop();
    await rm(this.options.sessionDir, { recursive: true, force: true });
    this.attempts = 0;
    await this.start();
  }

  private setState(state: WhatsAppState, detail?: string): void {
    if (this.state !== state) this.options.logger.info({ state, detail }, `whatsapp connection ${state}`);
    this.state = state;
    this.detail = detail;
  }

  private isFinal(): boolean {
    return this.state === "logged-out" || this.state === "failed" || this.state === "stopped";
  }

  private async launch(): Promise<void> {
    const generation = ++this.generation;
    const client = this.options.createClient();
    this.client = client;
    this.listen(client, generation);
    this.options.attach(client);
    try {
      await client.initialize();
    } catch (err) {
      if (generation !== this.generation || this.isFinal()) return;
      this.options.logger.error({ err }, "whatsapp client failed to start");
      this.scheduleReconnect(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private listen(client: Client, generation: number): void {
    const current = () => generation === this.generation && !this.isFinal();
    client.on("qr", (qr: string) => {
      if (!current()) return;
      this.qr = qr;
      this.setState("qr-needed", "scan the QR code with WhatsApp > Linked devices");
      this.options.onQr?.(qr);
    });
    client.on("code", (code: string) => {
      if (!current()) return;
      this.pairingCode = code;
      this.setState("qr-needed", "enter the pairing code in WhatsApp > Linked devices > Link with phone number");
      this.options.onCode?.(code);
    });
    client.on("authenticated", () => current() && this.touch());
    client.on("ready", () => {
      if (!current()) return;
      this.attempts = 0;
      this.qr = undefined;
      this.pairingCode = undefined;
      this.touch();
      this.setState("connected");
      void Promise.resolve(this.options.onReady?.(client)).catch((err: unknown) => this.options.logger.warn({ err }, "whatsapp ready hook failed"));
    });
    client.on("change_state", () => current() && this.touch());
    client.on("message_ack", () => current() && this.touch());
    client.on("message_create", () => current() && this.touch());
    client.on("auth_failure", (message: string) => {
      if (!current()) return;
      this.final("logged-out", `re-pair needed: authentication failed (${message})`);
    });
    client.on("disconnected", (reason: string) => {
      if (!current()) return;
      const final = FINAL_REASONS[String(reason)];
      if (final) this.final(final.state, final.detail);
      else this.scheduleReconnect(`disconnected: ${String(reason)}`);
    });
  }

  /** A final state: stop, say what the operator must do, never loop. */
  private final(state: WhatsAppState, detail: string): void {
    this.generation++;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.watchdogTimer);
    this.setState(state, detail);
    this.options.logger.error(
      { state, sessionDir: this.options.sessionDir },
      state === "logged-out"
        ? `WhatsApp session ended (${detail}). Not reconnecting. Re-pair: delete ${this.options.sessionDir} if it still exists, restart the WhatsApp channel, then scan the new QR (terminal or GET /admin/whatsapp/qr).`
        : `WhatsApp stopped for good: ${detail}. Not reconnecting.`,
    );
    // whatsapp-web.js reloads the page and re-injects after a logout; closing the browser mid-way makes its own
    // listeners reject. Close once it shows the new QR (plus a moment), or after logoutSettleMs at the latest.
    const client = this.client;
    const settle = this.options.logoutSettleMs ?? 10_000;
    let closed = false;
    let settled = () => {};
    this.finalClose = new Promise<void>((resolve) => (settled = resolve));
    const close = () => {
      if (closed || client !== this.client) return settled();
      closed = true;
      void this.closeClient().finally(settled);
    };
    setTimeout(close, settle).unref();
    const afterPairingPrompt = () => setTimeout(close, Math.min(1000, settle)).unref();
    client?.once("qr", afterPairingPrompt);
    client?.once("code", afterPairingPrompt);
  }

  private scheduleReconnect(reason: string): void {
    if (this.isFinal() || this.reconnectTimer) return;
    const initial = this.options.backoff?.initialMs ?? 2000;
    const max = this.options.backoff?.maxMs ?? 300_000;
    const delay = Math.round(Math.min(max, initial * 2 ** this.attempts) * (0.8 + Math.random() * 0.4));
    this.attempts++;
    this.generation++;
    this.setState("reconnecting", `${reason}; attempt ${this.attempts} in ${delay} ms`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.restart();
    }, delay);
  }

  /** Destroys the current client and initializes a new one (same LocalAuth session, so no new pairing). */
  private async restart(): Promise<void> {
    if (this.isFinal()) return;
    this.restarts++;
    await this.closeClient();
    if (this.isFinal()) return;
    await this.launch();
  }

  private async closeClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.destroy();
    } catch (err) {
      this.options.logger.debug({ err }, "whatsapp client destroy failed (already closed)");
    }
    client.removeAllListeners();
  }

  /** A session that says connected but delivers nothing: ask the page, restart it unless it is CONNECTED. */
  private async watchdog(): Promise<void> {
    const limit = this.options.watchdogMs ?? 1_800_000;
    if (this.state !== "connected" || !this.client || this.clock() - this.lastEventAt < limit) return;
    const client = this.client;
    let state: string | null = null;
    try {
      state = await Promise.race([client.getState(), new Promise<null>((r) => setTimeout(() => r(null), 15_000).unref())]);
    } catch (err) {
      this.options.logger.warn({ err }, "whatsapp watchdog: getState failed");
    }
    if (client !== this.client || this.state !== "connected") return;
    if (state === "CONNECTED") {
      this.touch();
      return;
    }
    this.options.logger.warn({ silentMs: this.clock() - this.lastEventAt, state }, "whatsapp watchdog: silent session, restarting the client");
    this.scheduleReconnect(`watchdog: no events and state ${state ?? "unknown"}`);
  }
}
