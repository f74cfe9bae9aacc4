import type { ChatHistoryItem } from "node-llama-cpp";
import { ModelNotSupportedError, type ChatMessage } from "./types.js";

function textOf(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  const parts: string[] = [];
  for (const part of message.content) {
    if (part.type !== "text") throw new ModelNotSupportedError("the local model cannot read images; set MODEL_BASE_URL and MODEL_VISION_NAME to use a vision model");
    parts.push(part.text);
  }
  return parts.join("\n");
}

/** Maps relay chat messages onto a fresh node-llama-cpp history ending in the model turn to generate; images are refused. */
export function toLlamaHistory(messages: ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m): ChatHistoryItem => {
    const text = textOf(m);
    if (m.role === "system") return { type: "system", text };
    if (m.role === "user") return { type: "user", text };
    return { type: "model", response: [text] };
  });
  // A trailing assistant message is a prefix the model continues; otherwise it answers in a new turn.
  if (history.at(-1)?.type !== "model") history.push({ type: "model", response: [] });
  return history;
}
