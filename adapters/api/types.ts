import { z } from "zod";
import { MAX_INBOUND_TEXT } from "../../src/message.js";

/** An OpenAI-style error body. */
export interface ApiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** A failure answered to the client as an OpenAI-style error with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string = "invalid_request_error",
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body OpenAI clients parse. */
  body(): ApiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

const TextPartSchema = z.object({ type: z.literal("text"), text: z.string() });
const ContentSchema = z.union([z.string(), z.array(TextPartSchema).min(1)]);

/** One message of a chat-completions request (text only; tools are not offered). */
export const ApiMessageSchema = z.object({
  role: z.enum(["system", "developer", "user", "assistant"]),
  content: ContentSchema,
  name: z.string().max(100).optional(),
});
/** One request message. */
export type ApiMessage = z.infer<typeof ApiMessageSchema>;

/** The fields of `POST /v1/chat/completions` the relay supports. */
export const ChatCompletionRequestSchema = z.object({
  model: z.string().min(1).max(200),
  messages: z.array(ApiMessageSchema).min(1).max(200),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  user: z.string().max(200).optional(),
  n: z.literal(1).nullish(),
  logprobs: z.literal(false).nullish(),
  // Accepted for compatibility and not acted on: they change nothing a partner relies on.
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  seed: z.number().int().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  store: z.boolean().nullish(),
  service_tier: z.string().nullish(),
});
/** A validated chat-completions request. */
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequestSchema>;

/** Request fields OpenAI defines that the relay does not offer: rejected with a clear message instead of ignored. */
export const UNSUPPORTED_FIELDS = [
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "functions",
  "function_call",
  "logit_bias",
  "top_logprobs",
  "audio",
  "modalities",
  "prediction",
  "response_format",
  "web_search_options",
  "reasoning_effort",
] as const;

/** Longest text a single request message may hold. */
export const MAX_MESSAGE_TEXT = MAX_INBOUND_TEXT;
