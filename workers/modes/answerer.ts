import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BlobStore } from "../../src/blobs.js";
import type { ChannelName } from "../../src/message.js";
import type { ModeSetting } from "../../src/config.js";
import type { ChatMessage, ChatResult, ContentPart, ModelProvider, TokenUsage } from "../../src/model/types.js";
import type { Answer, AnswerInput, Answerer } from "../answer.js";
import { contemplate, type ContemplateDeps } from "./contemplate.js";
import { UNTRUSTED_NOTE } from "./documents.js";
import { prepareTurn, type MediaLimits, type PreparedTurn } from "./media.js";
import { classifyMode, routeByHeuristics } from "./router.js";
import { getConversationMode } from "./settings.js";
import type { Mode, ModeChoice } from "./types.js";

/** Models and budgets per mode. */
export interface ModeModels {
  /** Instant answers (MODEL_NAME); undefined: the provider's default. */
  instant: string | undefined;
  /** Thinking mode (MODEL_THINKING_NAME, else MODEL_NAME). */
  thinking: string | undefined;
  /** Images (MODEL_VISION_NAME, or MODEL_NAME when allowed); `false` when images cannot be read. */
  vision: string | undefined | false;
  /** Voice notes (MODEL_TRANSCRIBE_NAME). */
  transcribe: string | undefined;
  reasoningEffort: "low" | "medium" | "high";
  instantMaxTokens: number;
  thinkingMaxTokens: number;
}

/** Dependencies of the mode answerer. */
export interface ModeAnswererOptions {
  model: ModelProvider;
  redis: Redis;
  blobs: BlobStore;
  models: ModeModels;
  limits: MediaLimits;
  channelDefault: (channel: ChannelName) => ModeSetting;
  /** Ask a model to classify when the router runs (off by default). */
  classifier: boolean;
  /** Contemplating: the flow producer, queue events and budgets; absent: contemplating falls back to thinking. */
  contemplate: Omit<ContemplateDeps, "model" | "logger" | "modelName" | "reasoningEffort"> | undefined;
  logger: Logger;
}

/** Said when a turn has nothing the model could read (every attachment was refused). */
export const NOTHING_USABLE = "I couldn't find anything in your message I can read yet. Could you write it out?";

/** Picks the turn's mode: message prefix, then the conversation's `/mode`, then the channel default, then the router (and optional classifier). */
export async function chooseMode(options: ModeAnswererOptions, input: { conversationId: string; channel: ChannelName; prepared: PreparedTurn; signal?: AbortSignal }): Promise<ModeChoice> {
  if (input.prepared.forcedMode) return { mode: input.prepared.forcedMode, source: "message", signals: [] };
  const conversation = await getConversationMode(options.redis, input.conversationId);
  if (conversation && conversation !== "auto") return { mode: conversation, source: "conversation", signals: [] };
  const channel = options.channelDefault(input.channel);
  if (!conversation && channel !== "auto") return { mode: channel, source: "channel", signals: [] };
  const routed = routeByHeuristics({ text: input.prepared.text, attachments: input.prepared.attachments });
  if (options.classifier && !routed.signals.some((s) => s.startsWith("asked to"))) {
    const classified = await classifyMode({ model: options.model, modelName: options.models.instant, text: input.prepared.text, signal: input.signal });
    if (classified) return { mode: classified, source: "classifier", signals: routed.signals };
  }
  return { mode: routed.mode, source: "router", signals: routed.signals };
}

/** The answerer with reasoning modes and media: reads attachments, picks a mode, answers (instant, thinking, or contemplating with sub-agents). */
export function createModeAnswerer(options: ModeAnswererOptions): Answerer {
  return async (input) => {
    const first = input.messages[0]!;
    const log = options.logger.child({ turnId: input.turnId });
    const prepared = await prepareTurn(input.messages, input.turnId, {
      blobs: options.blobs,
      model: options.model,
      vision: options.models.vision !== false,
      transcribeModel: options.models.transcribe,
      limits: options.limits,
      logger: log,
      signal: input.signal,
    });
    // Transcribed speech was not seen by the turn's input check: check it now, before anything is streamed or asked.
    const heard = input.messages.some((m) => m.attachments.some((a) => a.kind === "voice" || a.kind === "audio"));
    const late = heard && input.checkLateWords && prepared.userText.length > 0 ? await input.checkLateWords(prepared.userText) : {};
    if (late.reply !== undefined) return { text: late.reply, model: "none", mode: "none", usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 }, userText: prepared.userText };
    const checked = late.systemPrompt !== undefined ? { ...input, systemPrompt: late.systemPrompt } : input;
    const notes = prepared.notices.map((n) => `_${n}_`).join("\n");
    const hasContent = prepared.text.length > 0 || prepared.images.length > 0 || prepared.documents.length > 0;
    if (!hasContent) {
      const text = notes || NOTHING_USABLE;
      input.onDelta(text);
      return { text, model: "none", mode: "instant", usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 }, userText: prepared.userText };
    }
    const choice = await chooseMode(options, { conversationId: input.conversationId, channel: first.channel, prepared, signal: input.signal });
    log.debug({ mode: choice.mode, source: choice.source, signals: choice.signals }, "mode chosen");
    const prefix = notes ? `${notes}\n\n` : "";
    if (prefix) input.onDelta(prefix);
    const streamed = { ...checked, onRetry: () => { input.onRetry(); if (prefix) input.onDelta(prefix); } };
    const answer = await run(options, streamed, prepared, choice.mode, log);
    return { ...answer, text: prefix + answer.text, userText: prepared.userText };
  };
}

async function run(options: ModeAnswererOptions, input: AnswerInput, prepared: PreparedTurn, mode: Mode, log: Logger): Promise<Omit<Answer, "userText">> {
  const textual = [prepared.text, ...prepared.documents].filter((t) => t.length > 0).join("\n\n");
  const system = prepared.documents.length > 0 ? `${input.systemPrompt}\n\n${UNTRUSTED_NOTE}` : input.systemPrompt;
  if (mode === "contemplating" && prepared.images.length === 0 && options.contemplate) {
    const c = options.contemplate;
    const outcome = await contemplate(
      { ...c, model: options.model, logger: log, modelName: options.models.thinking, reasoningEffort: options.models.reasoningEffort },
      { turnId: input.turnId, systemPrompt: system, history: input.history, question: textual, signal: input.signal, onDelta: input.onDelta, onRetry: input.onRetry, onProgress: input.onProgress },
    );
    if (outcome) return { text: outcome.text, model: outcome.model, mode: "contemplating", usage: outcome.usage };
    mode = "thinking";
  } else if (mode === "contemplating") {
    mode = "thinking";
  }
  const content: string | ContentPart[] = prepared.images.length > 0 ? [{ type: "text", text: textual || "What is in this image?" }, ...prepared.images] : textual;
  const messages: ChatMessage[] = [{ role: "system", content: system }, ...input.history, { role: "user", content }];
  const thinking = mode === "thinking";
  const model = prepared.images.length > 0 ? (options.models.vision || undefined) : (input.modelOverride ?? (thinking ? options.models.thinking : options.models.instant));
  if (thinking) input.onProgress("Thinking...");
  const result: ChatResult = await options.model.chat(
    {
      messages,
      model,
      maxTokens: thinking ? options.models.thinkingMaxTokens : options.models.instantMaxTokens,
      ...(thinking ? { reasoningEffort: options.models.reasoningEffort } : {}),
    },
    { signal: input.signal, onDelta: input.onDelta, onRetry: () => input.onRetry() },
  );
  const usage: TokenUsage = result.usage;
  return { text: result.text, model: result.model, mode, usage };
}
