import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";

/** WhatsApp's id object (`user@server`), as the page-side code uses it. */
export class Wid {
  readonly user: string;
  readonly server: string;
  readonly _serialized: string;
  constructor(id: string) {
    const [user, server] = id.split("@");
    this.user = user ?? "";
    this.server = server ?? "c.us";
    this._serialized = `${this.user}@${this.server}`;
  }
  isGroup(): boolean {
    return this.server === "g.us";
  }
  isLid(): boolean {
    return this.server === "lid";
  }
  isStatus(): boolean {
    return this.user === "status" && this.server === "broadcast";
  }
  isNewsletter(): boolean {
    return this.server === "newsletter";
  }
  toString(): string {
    return this._serialized;
  }
  toJid(): string {
    return this._serialized;
  }
}

/** Creates a Wid from a string or returns a Wid as is. */
export function wid(id: string | Wid): Wid {
  return id instanceof Wid ? id : new Wid(String(id));
}

/** A message key (`fromMe_remote_id[_participant]`). */
export class MsgKey {
  readonly fromMe: boolean;
  readonly remote: Wid;
  readonly id: string;
  readonly participant: Wid | undefined;
  readonly _serialized: string;
  constructor(o: { fromMe?: boolean; from?: Wid; to?: Wid | string; remote?: Wid | string; id: string; participant?: Wid | string; selfDir?: string }) {
    this.fromMe = o.fromMe ?? o.selfDir === "out";
    this.remote = wid(o.remote ?? o.to ?? "");
    this.id = o.id;
    this.participant = o.participant ? wid(o.participant) : undefined;
    this._serialized = `${this.fromMe}_${this.remote._serialized}_${this.id}${this.participant && this.remote.isGroup() ? `_${this.participant._serialized}` : ""}`;
  }
  /** A WhatsApp Web style message id. */
  static async newId(): Promise<string> {
    return `3EB0${randomBytes(8).toString("hex").toUpperCase()}`;
  }
  toString(): string {
    return this._serialized;
  }
}

/** Fields of a fake message model. */
export interface MsgInit {
  id: MsgKey;
  type?: string;
  body?: string;
  caption?: string;
  t?: number;
  from: Wid;
  to: Wid;
  author?: Wid;
  notifyName?: string;
  mentionedJidList?: string[];
  quoted?: MsgModel;
  media?: { data: Buffer; mimetype: string; filename?: string };
  isNewMsg?: boolean;
}

/** A page-side message model (`Msg`): serializes like WhatsApp Web's and can download its media. */
export class MsgModel extends EventEmitter {
  readonly init: MsgInit;
  isNewMsg: boolean;
  mediaData: { mediaStage: string } | undefined;
  constructor(init: MsgInit) {
    super();
    this.init = init;
    this.isNewMsg = init.isNewMsg ?? true;
    this.mediaData = init.media ? { mediaStage: "INIT" } : undefined;
  }
  get id(): MsgKey {
    return this.init.id;
  }
  get type(): string {
    return this.init.type ?? "chat";
  }
  get body(): string {
    return this.init.body ?? "";
  }
  get caption(): string | undefined {
    return this.init.caption;
  }
  get mediaObject(): unknown {
    return this.init.media ? {} : undefined;
  }
  get directPath(): string | undefined {
    return this.init.media ? `/v/fake/${this.init.id.id}` : undefined;
  }
  get mimetype(): string | undefined {
    return this.init.media?.mimetype;
  }
  get filename(): string | undefined {
    return this.init.media?.filename;
  }
  get size(): number | undefined {
    return this.init.media?.data.byteLength;
  }
  /** The data WhatsApp Web's serialize() gives: plain fields, ids as objects. */
  serialize(): Record<string, unknown> {
    const i = this.init;
    return {
      id: { fromMe: i.id.fromMe, remote: i.id.remote, id: i.id.id, _serialized: i.id._serialized, ...(i.id.participant ? { participant: i.id.participant } : {}) },
      type: this.type,
      body: this.init.media ? undefined : this.body,
      caption: i.caption,
      t: i.t ?? Math.floor(Date.now() / 1000),
      from: i.from,
      to: i.to,
      author: i.author,
      notifyName: i.notifyName,
      mentionedJidList: i.mentionedJidList ?? [],
      ...(i.quoted ? { quotedMsg: { type: i.quoted.type, body: i.quoted.body }, quotedStanzaID: i.quoted.id.id } : {}),
      ...(i.media ? { directPath: this.directPath, mimetype: this.mimetype, filename: this.filename, size: this.size, mediaKey: "fake-key" } : {}),
      ack: 1,
      isNewMsg: this.isNewMsg,
    };
  }
  unsafe(): this {
    return this;
  }
  canReply(): boolean {
    return true;
  }
  /** What a reply to this message carries (WhatsApp Web's quote context). */
  msgContextInfo(_chat: unknown): Record<string, unknown> {
    return { quotedMsg: { type: this.type, body: this.body }, quotedStanzaID: this.id.id, quotedParticipant: this.init.author ?? this.init.from, quotedRemoteJid: this.id.remote };
  }
  async downloadMedia(): Promise<void> {
    if (this.mediaData) this.mediaData.mediaStage = "RESOLVED";
  }
}

/** A page-side chat model. */
export class ChatModel {
  readonly id: Wid;
  readonly groupMetadata: { participants: unknown[]; announce: boolean; isLidAddressingMode: boolean; serialize(): Record<string, unknown> } | undefined;
  readonly msgs = { length: 0, add: () => undefined };
  constructor(
    id: string,
    readonly name: string,
  ) {
    this.id = wid(id);
    this.groupMetadata = this.id.isGroup()
      ? { participants: [], announce: false, isLidAddressingMode: false, serialize: () => ({ id: this.id, subject: name, participants: [] }) }
      : undefined;
  }
  get formattedTitle(): string {
    return this.name;
  }
  serialize(): Record<string, unknown> {
    return { id: this.id, name: this.name, isGroup: this.id.isGroup(), unreadCount: 0, timestamp: 0, archived: false, pinned: false };
  }
}
