import type { z } from "zod";
import { ApiError, ChatCompletionRequestSchema, MAX_MESSAGE_TEXT, UNSUPPORTED_FIELDS, type ApiMessage, type ChatCompletionRequest } from "./types.js";

/** Validates a chat-completions body; throws ApiError (400) naming the offending parameter the way OpenAI does. */
export function parseChatRequest(body: unknown): ChatCompletionRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(400, "The request body must be a JSON object.", "invalid_request_error", null, "invalid_body");
  }
  const record = body as Record<string, unknown>;
  for (const field of UNSUPPORTED_FIELDS) {
    if (record[field] !== undefined && record[field] !== null) {
      throw new ApiError(400, `'${field}' is not supported by this API.`, "invalid_request_error", field, "unsupported_parameter");
    }
  }
  if (typeof record.n === "number" && record.n !== 1) throw new ApiError(400, "Only n=1 is supported.", "invalid_request_error", "n", "unsupported_value");
  if (record.logprobs === true) throw new ApiError(400, "'logprobs' is not supported by this API.", "invalid_request_error", "logprobs", "unsupported_parameter");
  const known = new Set(Object.keys(ChatCompletionRequestSchema.shape));
  const unknown = Object.keys(record).find((k) => !known.has(k));
  if (unknown) throw new ApiError(400, `Unrecognized request argument supplied: ${unknown}`, "invalid_request_error", unknown, "unknown_parameter");
  for (const [i, m] of (Array.isArray(record.messages) ? record.messages : []).entries()) checkMessageShape(m, i);
  const parsed = ChatCompletionRequestSchema.safeParse(record);
  if (!parsed.success) throw fromZod(parsed.error);
  const request = parsed.data;
  const last = request.messages[request.messages.length - 1]!;
  if (last.role !== "user") throw new ApiError(400, "The last message must have role 'user'.", "invalid_request_error", `messages[${request.messages.length - 1}].role`, "invalid_value");
  request.messages.forEach((m, i) => {
    if (textOf(m).length > MAX_MESSAGE_TEXT) {
      throw new ApiError(400, `messages[${i}] is longer than ${MAX_MESSAGE_TEXT} characters.`, "invalid_request_error", `messages[${i}].content`, "string_above_max_length");
    }
  });
  return request;
}

function checkMessageShape(message: unknown, index: number): void {
  if (typeof message !== "object" || message === null) return;
  const m = message as Record<string, unknown>;
  if (m.role === "tool" || m.role === "function" || m.tool_calls !== undefined || m.function_call !== undefined) {
    throw new ApiError(400, "Tool and function messages are not supported by this API.", "invalid_request_error", `messages[${index}]`, "unsupported_parameter");
  }
  if (Array.isArray(m.content)) {
    const other = (m.content as Array<{ type?: unknown }>).findIndex((p) => typeof p === "object" && p !== null && p.type !== "text");
    if (other >= 0) {
      throw new ApiError(400, "Only text content parts are supported by this API.", "invalid_request_error", `messages[${index}].content[${other}]`, "unsupported_content");
    }
  }
}

function fromZod(error: z.ZodError): ApiError {
  const issue = error.issues[0]!;
  const param = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("") || null;
  const missing = issue.code === "invalid_type" && issue.message.includes("received undefined");
  const message = missing ? `Missing required parameter: '${param}'.` : `Invalid value for '${param}': ${issue.message}`;
  return new ApiError(400, message, "invalid_request_error", param, missing ? "missing_required_parameter" : "invalid_value");
}

/** The text of a request message (text parts joined). */
export function textOf(message: ApiMessage): string {
  return typeof message.content === "string" ? message.content : message.content.map((p) => p.text).join("");
}
