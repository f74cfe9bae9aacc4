import type { InboundMessage } from "../src/message.js";
import type { ChatMessage, ModelProvider, TokenUsage } from "../src/model/types.js";

/** Everything needed to produce one turn's answer. */
export interface AnswerInput {
  turnId: string;
  conversationId: string;
  messages: InboundMessage[];
  /** Prior exchange, already trimmed to the budget. */
  history: ChatMessage[];
  systemPrompt: string;
  /** The model the user's rollout cohort is on (a variant); answerers use it instead of their default text model. */
  modelOverride?: string;
  signal?: AbortSignal;
  onDelta(text: string): void;
  /** The call is starting over: text streamed so far is void. */
  onRetry(): void;
  /** A short progress note for the user ("Thinking with 3 agents..."). */
  onProgress(note: string): void;
  /**
   * Checks words the turn's input check could not see (voice-note transcripts), before any model call or streamed text.
   * An escalation reply is sent by the hook itself before it resolves. `reply`: answer with it, no model call;
   * `systemPrompt`: answer with this system prompt instead.
   */
  checkLateWords?(text: string): Promise<LateWordsVerdict>;
}

/** What the turn's safety stage decided about words found after the input check. */
export interface LateWordsVerdict {
  reply?: string;
  systemPrompt?: string;
}

/** A produced answer. */
export interface Answer {
  text: string;
  model: string;
  mode: string;
  usage: TokenUsage;
  /** The text the user turn is stored as in history (e.g. with transcripts instead of audio). */
  userText: string;
}

/** Turns a batch of messages into an answer; the reasoning modes plug in here. */
export type Answerer = (input: AnswerInput) => Promise<Answer>;

/** The user's side of a turn as one text: coalesced messages joined in order. */
export function userTextOf(messages: InboundMessage[]): string {
  return messages
    .map((m) => m.text.trim())
    .filter((t) => t.length > 0)
    .join("\n\n");
}

/** The plain answerer: one streamed call to the instant model. */
export function createDefaultAnswerer(options: { model: ModelProvider; modelName?: string; maxTokens: number }): Answerer {
  return async (input) => {
    const userText = userTextOf(input.messages);
    const messages: ChatMessage[] = [{ role: "system", content: input.systemPrompt }, ...input.history, { role: "user", content: userText }];
    const result = await options.model.chat(
      { messages, model: input.modelOverride ?? options.modelName, maxTokens: options.maxTokens },
      { signal: input.signal, onDelta: input.onDelta, onRetry: () => input.onRetry() },
    );
    return { text: result.text, model: result.model, mode: "instant", usage: result.usage, userText };
  };
}
