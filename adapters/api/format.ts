import { ApiError } from "./types.js";
import type { ApiReply } from "./pending.js";

/** Token counts in OpenAI's shape. */
export interface ApiUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** Usage of a reply, from the turn's token counts. */
export function usageOf(reply: ApiReply): ApiUsage {
  const prompt = Number(reply.meta.promptTokens ?? 0) || 0;
  const completion = Number(reply.meta.completionTokens ?? 0) || 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** The error a reply stands for, when it is not an answer (rollout notice, model failure, shutdown). */
export function replyError(reply: ApiReply): ApiError | undefined {
  if (reply.meta.rollout) return new ApiError(503, reply.text || "This service is not available right now.", "service_unavailable", null, `rollout_${reply.meta.rollout}`);
  if (reply.meta.turnKind === "apology") return new ApiError(503, reply.text, "server_error", null, "model_unavailable");
  if (reply.meta.turnKind === "shutdown") return new ApiError(503, "The server is restarting; try again.", "server_error", null, "shutting_down");
  return undefined;
}

/** A non-streamed chat completion. */
export function completionBody(id: string, model: string, created: number, reply: ApiReply) {
  return {
    id,
    object: "chat.completion" as const,
    created,
    model,
    choices: [{ index: 0, message: { role: "assistant" as const, content: reply.text, refusal: null }, logprobs: null, finish_reason: "stop" as const }],
    usage: usageOf(reply),
  };
}

/** One streamed chunk. */
export function chunkBody(id: string, model: string, created: number, delta: { role?: "assistant"; content?: string }, finish: "stop" | null) {
  return { id, object: "chat.completion.chunk" as const, created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] };
}

/** The last chunk of a stream when the client asked for usage. */
export function usageChunkBody(id: string, model: string, created: number, usage: ApiUsage) {
  return { id, object: "chat.completion.chunk" as const, created, model, choices: [], usage };
}
