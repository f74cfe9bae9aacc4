import { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import { FakeBrowser, type FakePage } from "./browser.js";
import { ChatModel, MsgKey, MsgModel, Wid, wid } from "./models.js";

/** One message the bot sent, as the fake recorded it. */
export interface SentRecord {
  chatId: string;
  body: string;
  quotedMessageId: string | undefined;
  id: string;
}

/** What a test sends in as a user. */
export interface IncomingSpec {
  chatId: string;
  /** In groups, the participant who wrote it. */
  author?: string;
  body?: string;
  type?: "chat" | "image" | "ptt" | "audio" | "document" | "video";
  media?: { data: Buffer; mimetype: string; filename?: string };
  mentions?: string[];
  /** Serialized id of a message being quoted. */
  quotedId?: string;
  notifyName?: string;
  id?: string;
}

/** A user's reaction on a message (an empty `reaction` removes it). */
export interface ReactionSpec {
  /** Serialized id of the message reacted to (e.g. a `SentRecord.id`). */
  messageId: string;
  /** Who reacted (in groups a participant). */
  sender: string;
  reaction: string;
}

type Listener = (...args: unknown[]) => void;

/** An EventEmitter whose `on` also accepts WhatsApp's space-separated event lists ("change:body change:caption"). */
class Emitter extends EventEmitter {
  override on(event: string | symbol, fn: Listener): this {
    if (typeof event === "string" && event.includes(" ")) for (const e of event.split(" ")) super.on(e, fn);
    else super.on(event, fn);
    return this;
  }
}

/**
 * The fake WhatsApp Web: server-side state (pairing, chats, messages, what the bot sent) that outlives browser
 * launches, and the page module set (`window.require(...)`, `window.Debug`) every loaded document gets.
 */
export class FakeWhatsAppWeb {
  readonly me = new Wid("15550001111@c.us");
  readonly meLid = new Wid("99990001111@lid");
  paired: boolean;
  readonly sent: SentRecord[] = [];
  readonly chatStates: { chatId: string; state: string }[] = [];
  readonly browsers: FakeBrowser[] = [];
  readonly messages = new Map<string, MsgModel>();
  readonly chats = new Map<string, ChatModel>();
  private socket: (Emitter & { state: string }) | undefined;
  private cmd: Emitter | undefined;
  private msgCollection: Emitter | undefined;
  private reactionTable: { bulkUpsert: (rows: unknown[]) => Promise<void> } | undefined;
  private seq = 0;

  constructor(options: { paired?: boolean } = {}) {
    this.paired = options.paired ?? false;
  }

  /** The page currently loaded in the newest live browser. */
  get page(): FakePage | undefined {
    const live = this.browsers.filter((b) => b.connected);
    return live[live.length - 1]?.page;
  }

  /** Installs `puppeteer.launch` (as whatsapp-web.js resolves it) returning fake browsers; returns the restore function. */
  installPuppeteer(): () => void {
    const fromLibrary = createRequire(createRequire(import.meta.url).resolve("whatsapp-web.js"));
    const puppeteer = fromLibrary("puppeteer") as { launch: (o: Record<string, unknown>) => Promise<unknown> };
    const original = puppeteer.launch;
    puppeteer.launch = async (launchOptions) => {
      const browser = new FakeBrowser((window, page) => this.installWindow(window, page), launchOptions);
      this.browsers.push(browser);
      return browser;
    };
    return () => {
      puppeteer.launch = original;
    };
  }

  /** Adds a chat (groups get a subject). */
  chat(chatId: string, name = chatId): ChatModel {
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = new ChatModel(chatId, name);
      this.chats.set(chatId, chat);
    }
    return chat;
  }

  /** The phone scanned the QR: the session becomes paired and syncs. */
  scanQr(): void {
    this.paired = true;
    this.setSocketState("CONNECTED");
    setTimeout(() => this.socket?.emit("change:hasSynced"), 5);
  }

  /** A user writes to the bot; returns the message's serialized id. */
  deliver(spec: IncomingSpec): string {
    const chat = this.chat(spec.chatId);
    const group = chat.id.isGroup();
    const author = spec.author ? wid(spec.author) : undefined;
    const id = new MsgKey({ fromMe: false, remote: chat.id, id: spec.id ?? `3A${(++this.seq).toString(16).toUpperCase().padStart(18, "0")}`, ...(group && author ? { participant: author } : {}) });
    const msg = new MsgModel({
      id,
      type: spec.type ?? "chat",
      body: spec.body ?? "",
      ...(spec.media ? { caption: spec.body } : {}),
      from: chat.id,
      to: this.me,
      ...(author ? { author } : {}),
      notifyName: spec.notifyName ?? "Ada",
      mentionedJidList: spec.mentions ?? [],
      ...(spec.quotedId ? { quoted: this.messages.get(spec.quotedId) } : {}),
      ...(spec.media ? { media: spec.media } : {}),
    });
    this.messages.set(id._serialized, msg);
    this.msgCollection?.emit("add", msg);
    return id._serialized;
  }

  /** A user reacts to a message: WhatsApp Web stores it through `reactionTableMode.bulkUpsert`, which the library hooks. */
  react(spec: ReactionSpec): void {
    const parent = this.messages.get(spec.messageId);
    if (!parent) throw new Error(`fake WhatsApp Web: no message ${spec.messageId}`);
    const remote = parent.id.remote;
    const sender = wid(spec.sender);
    const id = new MsgKey({ fromMe: false, remote, id: `3A${(++this.seq).toString(16).toUpperCase().padStart(18, "0")}`, ...(remote.isGroup() ? { participant: sender } : {}) });
    const row = { id, reactionParentKey: parent.id, reactionText: spec.reaction, reactionTimestamp: Date.now(), from: sender, ...(remote.isGroup() ? { author: sender } : {}), orphan: 0, read: false, ack: 1 };
    void this.reactionTable?.bulkUpsert([row]);
  }

  /** The connection drops with a WhatsApp state (e.g. CONFLICT, UNLAUNCHED). */
  dropConnection(state: string): void {
    this.setSocketState(state);
  }

  /** The user unlinks this device on the phone: WhatsApp Web logs out and reloads with `post_logout=1`. */
  logoutFromPhone(): void {
    this.paired = false;
    const page = this.page;
    this.cmd?.emit("logout");
    setTimeout(() => page?.navigate("https://web.whatsapp.com/?post_logout=1"), 10);
  }

  private setSocketState(state: string): void {
    if (!this.socket) return;
    this.socket.state = state;
    this.socket.emit("change:state", this.socket, state);
  }

  /** Records a message the bot's page sent and adds it to the collection like WhatsApp Web does. */
  private addAndSend(chat: ChatModel, message: Record<string, unknown>): [Promise<MsgModel>, Promise<string>] {
    const key = message.id as MsgKey;
    const quoted = typeof message.quotedStanzaID === "string" ? [...this.messages.values()].find((m) => m.id.id === message.quotedStanzaID) : undefined;
    const model = new MsgModel({ id: key, type: "chat", body: String(message.body ?? ""), from: this.me, to: chat.id, isNewMsg: true, ...(quoted ? { quoted } : {}) });
    this.messages.set(key._serialized, model);
    this.sent.push({ chatId: chat.id._serialized, body: model.body, quotedMessageId: quoted?.id._serialized, id: key._serialized });
    this.msgCollection?.emit("add", model);
    return [Promise.resolve(model), Promise.resolve("OK")];
  }

  private installWindow(window: Record<string, unknown>, _page: FakePage): void {
    const socket = Object.assign(new Emitter(), { state: this.paired ? "CONNECTED" : "UNPAIRED", logout: () => this.logoutFromPhone(), takeover: () => undefined });
    // A paired session syncs once the library listens for it.
    socket.on("newListener", (event: unknown) => {
      if (event === "change:hasSynced" && this.paired) setTimeout(() => socket.emit("change:hasSynced"), 5);
    });
    this.socket = socket;
    this.cmd = Object.assign(new Emitter(), { refreshQR: () => undefined });
    const msgs = Object.assign(new Emitter(), {
      get: (id: string) => this.messages.get(String(id)),
      getMessagesById: async (ids: string[]) => ({ messages: ids.map((i) => this.messages.get(i)).filter(Boolean) }),
      modelClass: MsgModel,
    });
    this.msgCollection = msgs;
    window.Debug = { VERSION: "2.3000.1017054665" };
    const modules = this.modules();
    window.require = (name: string) => {
      const mod = modules[name];
      if (mod === undefined) throw new Error(`fake WhatsApp Web has no module ${name}`);
      return mod;
    };
  }

  private modules(): Record<string, unknown> {
    const chatCollection = Object.assign(new Emitter(), { get: (w: Wid | string) => this.chats.get(wid(w)._serialized) });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    this.reactionTable = { bulkUpsert: async () => undefined };
    return {
      WAWebSocketModel: { Socket: this.socket },
      WAWebCmd: { Cmd: this.cmd },
      WAWebConnModel: { Conn: Object.assign(new Emitter(), { ref: "fake-ref-1", platform: "android", serialize: () => ({ pushname: "Spark", platform: "android" }) }) },
      WAWebOfflineHandler: { OfflineMessageHandler: { getOfflineDeliveryProgress: () => 100 } },
      WAWebAltDeviceLinkingApi: { setPairingType: () => undefined, initializeAltDeviceLinking: async () => undefined, startAltLinkingFlow: async () => "FAKE1234" },
      WABase64: { encodeB64: (b: Uint8Array) => Buffer.from(b).toString("base64") },
      WAWebCompanionRegClientUtils: { DEVICE_PLATFORM: "Chrome" },
      WAWebAdvSignatureApi: {},
      WAWebUserPrefsInfoStore: { waNoiseInfo: { get: async () => ({ staticKeyPair: { pubKey: bytes } }) } },
      WAWebSignalStoreApi: { waSignalStore: { getRegistrationInfo: async () => ({ identityKeyPair: { pubKey: bytes } }) } },
      WAWebUserPrefsMultiDevice: { getADVSecretKey: () => "fake-adv-secret" },
      WAWebUserPrefsMeUser: { getMaybeMePnUser: () => this.me, getMaybeMeLidUser: () => this.meLid },
      WAWebAddonReactionTableMode: { reactionTableMode: this.reactionTable },
      WAWebCollections: { Msg: this.msgCollection, Chat: chatCollection, GroupMetadata: { update: async () => undefined } },
      WAWebSyncGatingUtils: {},
      WAWebCallCollection: null,
      WALinkify: { findLinks: () => [], findLink: () => null },
      WAWebChatGetters: { getIsNewsletter: () => false, getIsBroadcast: () => false },
      WAWebMsgReply: { canReplyMsg: () => true },
      WAWebWidFactory: { createWid: (id: string | Wid) => wid(id), asUserWidOrThrow: (w: Wid) => w },
      WAWebMsgKey: MsgKey,
      WAWebGetEphemeralFieldsMsgActionsUtils: { getEphemeralFields: () => ({}) },
      WAWebSendMsgChatAction: { addAndSendMsgToChat: (chat: ChatModel, message: Record<string, unknown>) => this.addAndSend(chat, message) },
      WAWebStreamModel: { Stream: { markAvailable: () => undefined, markUnavailable: () => undefined } },
      WAWebUpdateUnreadChatAction: { sendSeen: async () => undefined },
      WAWebFindChatAction: { findOrCreateLatestChat: async (w: Wid) => ({ chat: this.chat(wid(w)._serialized) }) },
      WAWebLidMigrationUtils: { toPn: (id: unknown) => id },
      WAWebChatStateBridge: {
        sendChatStateComposing: async (w: Wid) => void this.chatStates.push({ chatId: w._serialized, state: "typing" }),
        sendChatStateRecording: async (w: Wid) => void this.chatStates.push({ chatId: w._serialized, state: "recording" }),
        sendChatStatePaused: async (w: Wid) => void this.chatStates.push({ chatId: w._serialized, state: "paused" }),
      },
      WAWebQuotedMsgModelUtils: { getQuotedMsgObj: (m: MsgModel) => m.init.quoted },
      WAWebDownloadManager: {
        downloadManager: {
          downloadAndMaybeDecrypt: async ({ directPath }: { directPath: string }) => {
            const m = [...this.messages.values()].find((x) => x.directPath === directPath);
            if (!m?.init.media) throw Object.assign(new Error("not found"), { status: 404 });
            const d = m.init.media.data;
            return d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength);
          },
        },
      },
      WAWebApiContact: { getCurrentLid: (w: Wid) => (w._serialized === this.me._serialized ? this.meLid : null), getPhoneNumber: () => this.me },
      WAWebQueryExistsJob: { queryWidExists: async (w: Wid) => ({ wid: w }) },
    };
  }
}
