import { inboundId, type AttachmentSchema } from "../../src/message.js";
import type { z } from "zod";
import type { RecordedChatRequest } from "../fakes/openai.js";
import type { Harness } from "../helpers/harness.js";
import { SUBAGENT_PROMPT } from "../../workers/subagent.js";

/** An attachment as a test builds it. */
export type TestAttachment = z.input<typeof AttachmentSchema>;

/** Queues a web message straight through intake (the way an adapter would), attachments included. */
export async function sendMessage(h: Harness, conv: string, messageId: string, text: string, attachments: TestAttachment[] = []): Promise<void> {
  const now = Date.now();
  await h.relay.intake.accept({
    id: inboundId("web", conv, messageId),
    channel: "web",
    conversationId: `web:${conv}`,
    chat: { id: conv, type: "direct" },
    sender: { id: conv, name: "tester" },
    text,
    attachments,
    sentAt: now,
    receivedAt: now,
  });
}

/** Stores bytes in the relay's blob store and returns the attachment that refers to them. */
export async function blobAttachment(h: Harness, kind: TestAttachment["kind"], mime: string, data: Uint8Array, name?: string): Promise<TestAttachment> {
  const blobRef = await h.relay.blobs.put(data, { mime, name });
  return { kind, mime, size: data.length, blobRef, name };
}

/** The system prompt of a request. */
export function systemText(request: RecordedChatRequest): string {
  const first = request.body.messages[0];
  return first?.role === "system" && typeof first.content === "string" ? first.content : "";
}

/** Which step of a contemplating turn a request is. */
export function stepOf(request: RecordedChatRequest): "planner" | "agent" | "synthesis" | "other" {
  if (request.body.response_format?.type === "json_object") return "planner";
  const system = systemText(request);
  if (system.startsWith(SUBAGENT_PROMPT)) return "agent";
  if (system.includes("Several helper agents")) return "synthesis";
  return "other";
}

/** The title a sub-agent request works on. */
export function agentTitle(request: RecordedChatRequest): string {
  const user = request.body.messages.find((m) => m.role === "user");
  return /Your part: \*\*(.+?)\*\*/.exec(typeof user?.content === "string" ? user.content : "")?.[1] ?? "";
}

/** A minimal valid one-page PDF whose page shows `text` (Helvetica, one text object). */
export function makePdf(text: string): Uint8Array {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
