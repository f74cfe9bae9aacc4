import type { Logger } from "pino";
import type { BlobStore } from "../../src/blobs.js";
import type { Attachment, InboundMessage } from "../../src/message.js";
import { ModelError, type ContentPart, type ModelProvider } from "../../src/model/types.js";
import { documentKind, extractDocumentText, quoteUntrusted } from "./documents.js";
import { stripModePrefix } from "./settings.js";
import type { Mode } from "./types.js";
import { wrapUntrusted } from "../../src/safety/prompt.js";

/** Size and count limits on media in one turn. */
export interface MediaLimits {
  maxImages: number;
  maxImageBytes: number;
  maxAudioBytes: number;
  maxDocumentBytes: number;
  maxDocumentChars: number;
}

/** What reading media needs. */
export interface MediaDeps {
  blobs: BlobStore;
  model: ModelProvider;
  /** Whether images can be sent to a model at all (a vision model is configured or the main one is allowed). */
  vision: boolean;
  /** Transcription model; undefined when voice notes cannot be transcribed. */
  transcribeModel: string | undefined;
  limits: MediaLimits;
  logger: Logger;
  signal?: AbortSignal;
}

/** A turn's messages made ready for the model: text, images, quoted documents and notes for the user. */
export interface PreparedTurn {
  /** A mode forced by a `/fast`, `/think` or `/contemplate` prefix (the last one wins). */
  forcedMode: Mode | undefined;
  /** The user's words: message texts and voice-note transcripts. */
  text: string;
  /** Quoted document blocks (untrusted). */
  documents: string[];
  images: ContentPart[];
  /** Friendly notes about media that could not be used. */
  notices: string[];
  /** What the user turn is stored as in history (transcripts, not audio; placeholders for files). */
  userText: string;
  /** Attachments as the router sees them. */
  attachments: Array<Pick<Attachment, "kind" | "skipped">>;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const label = (a: Attachment, fallback: string) => (a.name ? `"${a.name.slice(0, 80)}"` : fallback);

const KIND_WORD: Record<Attachment["kind"], string> = {
  image: "your image",
  sticker: "your sticker",
  audio: "your audio",
  voice: "your voice note",
  video: "your video",
  document: "your file",
  other: "your file",
};

function skippedNote(a: Attachment, limits: MediaLimits): string {
  const what = label(a, KIND_WORD[a.kind]);
  if (a.skipped === "too_large") {
    const limit = a.kind === "image" || a.kind === "sticker" ? limits.maxImageBytes : a.kind === "document" ? limits.maxDocumentBytes : limits.maxAudioBytes;
    return `I couldn't open ${what}: it's too big (the limit is ${mb(limit)}).`;
  }
  if (a.skipped === "unsupported") return `I can't read ${what} - that kind of file isn't supported yet.`;
  return `I couldn't download ${what}. Could you send it again?`;
}

/** Reads a turn's attachments within the limits; anything unusable becomes a polite note, never an error. */
export async function prepareTurn(messages: InboundMessage[], turnId: string, deps: MediaDeps): Promise<PreparedTurn> {
  const out: PreparedTurn = { forcedMode: undefined, text: "", documents: [], images: [], notices: [], userText: "", attachments: [] };
  const said = new Set<string>();
  const note = (text: string) => {
    if (!said.has(text)) out.notices.push(text);
    said.add(text);
  };
  const words: string[] = [];
  const history: string[] = [];
  let documentChars = 0;
  let docIndex = 0;
  for (const message of messages) {
    const stripped = stripModePrefix(message.text);
    if (stripped.mode) out.forcedMode = stripped.mode;
    const text = stripped.text.trim();
    if (text) {
      words.push(text);
      history.push(text);
    }
    // A quoted message from someone else is data to read, never instructions (the bot's own replies are already in the history).
    if (message.replyTo?.text?.trim() && !message.replyTo.quotesBot) out.documents.push(wrapUntrusted("quoted message", message.replyTo.text.trim()));
    for (const a of message.attachments) {
      out.attachments.push({ kind: a.kind, skipped: a.skipped });
      if (a.skipped) {
        note(skippedNote(a, deps.limits));
        continue;
      }
      if (a.kind === "image" || a.kind === "sticker") {
        const part = await readImage(a, out.images.length, deps, note);
        if (part) {
          out.images.push(part);
          history.push("[image]");
        }
      } else if (a.kind === "audio" || a.kind === "voice") {
        const transcript = await transcribe(a, deps, note);
        if (transcript) {
          // A voice note is the user speaking; an audio file (a recording, a forwarded clip) is untrusted content.
          words.push(a.kind === "voice" ? transcript : wrapUntrusted("transcript", transcript));
          history.push(transcript);
        }
      } else if (a.kind === "document") {
        const budget = deps.limits.maxDocumentChars - documentChars;
        const doc = await readDocument(a, budget, deps, note);
        if (doc) {
          documentChars += doc.text.length;
          out.documents.push(quoteUntrusted({ name: a.name ?? "document", text: doc.text, truncated: doc.truncated, turnId, index: docIndex++ }));
          history.push(`[document: ${a.name ?? "file"}]`);
        }
      } else {
        note(`I can't read ${label(a, KIND_WORD[a.kind])} yet - for now I understand text, images, voice notes and text or PDF documents.`);
      }
    }
  }
  out.text = words.join("\n\n");
  out.userText = history.join("\n\n");
  return out;
}

async function readBlob(a: Attachment, deps: MediaDeps, note: (t: string) => void): Promise<Uint8Array | undefined> {
  try {
    return (await deps.blobs.get(a.blobRef)).data;
  } catch (err) {
    deps.logger.warn({ err, blobRef: a.blobRef }, "attachment blob unreadable");
    note(`I couldn't open ${label(a, KIND_WORD[a.kind])} any more (it may have expired). Could you send it again?`);
    return undefined;
  }
}

async function readImage(a: Attachment, count: number, deps: MediaDeps, note: (t: string) => void): Promise<ContentPart | undefined> {
  if (!deps.vision) {
    note("I can't look at images yet, sorry - but I'm happy to help if you describe it in words.");
    return undefined;
  }
  if (count >= deps.limits.maxImages) {
    note(`I can look at up to ${deps.limits.maxImages} images per message, so I only used the first ${deps.limits.maxImages}.`);
    return undefined;
  }
  if (a.size > deps.limits.maxImageBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  const data = await readBlob(a, deps, note);
  if (!data) return undefined;
  if (data.length > deps.limits.maxImageBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  const mime = /^image\/(png|jpeg|gif|webp)$/.test(a.mime) ? a.mime : "image/jpeg";
  return { type: "image_url", image_url: { url: `data:${mime};base64,${Buffer.from(data).toString("base64")}` } };
}

async function transcribe(a: Attachment, deps: MediaDeps, note: (t: string) => void): Promise<string | undefined> {
  if (!deps.transcribeModel) {
    note("I can't listen to voice notes or audio yet, sorry - could you type your message instead?");
    return undefined;
  }
  if (a.size > deps.limits.maxAudioBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  const data = await readBlob(a, deps, note);
  if (!data) return undefined;
  if (data.length > deps.limits.maxAudioBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  try {
    const ext = (a.mime.split("/")[1] ?? "ogg").split(";")[0]!.replace("mpeg", "mp3");
    const text = await deps.model.transcribe({ data, mime: a.mime, name: a.name ?? `voice.${ext}` }, { model: deps.transcribeModel, signal: deps.signal });
    if (text.trim()) return text.trim();
    note("I couldn't make out any words in your voice note.");
  } catch (err) {
    if (!(err instanceof ModelError)) throw err;
    deps.logger.warn({ err }, "transcription failed");
    note("I couldn't transcribe your voice note just now. Could you try again or type it?");
  }
  return undefined;
}

async function readDocument(a: Attachment, budget: number, deps: MediaDeps, note: (t: string) => void): Promise<{ text: string; truncated: boolean } | undefined> {
  const kind = documentKind(a.mime, a.name);
  if (!kind) return void note(`I can't read ${label(a, "that file")} yet - I can read plain text, markdown and PDF documents.`);
  if (a.size > deps.limits.maxDocumentBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  if (budget <= 0) return void note(`I skipped ${label(a, "a file")}: the files in this message are more text than I can read at once.`);
  const data = await readBlob(a, deps, note);
  if (!data) return undefined;
  if (data.length > deps.limits.maxDocumentBytes) return void note(skippedNote({ ...a, skipped: "too_large" }, deps.limits));
  try {
    const doc = await extractDocumentText(kind, data, budget);
    if (doc.text.trim()) {
      if (doc.truncated) note(`${label(a, "Your file")} is long, so I only read the first part of it.`);
      return doc;
    }
    note(`I couldn't find any text in ${label(a, "your file")} (it may be a scan or an image).`);
  } catch (err) {
    deps.logger.warn({ err, name: a.name }, "document extraction failed");
    note(`I couldn't read ${label(a, "your file")} - it looks damaged or protected.`);
  }
  return undefined;
}
