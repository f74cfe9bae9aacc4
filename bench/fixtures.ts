import type { ChannelAdapter, ChannelContext, DeliveryLedger } from "../src/channel.js";
import type { TurnEvent } from "../src/events.js";
import type { OutboundMessage } from "../src/message.js";
import type { ChatRequest, ChatOptions, ChatResult, ModelProvider } from "../src/model/types.js";

/** One model call as the bench model saw it. */
export interface BenchModelCall {
  conversationText: string;
  startedAt: number;
  durationMs: number;
}

/** An in-process model with a configurable time to first token: streams a few deltas, then answers. */
export interface BenchModel extends ModelProvider {
  calls: BenchModelCall[];
  /** Time to first token in ms (0 = answer at once). */
  ttftMs: number;
}

const lastUserText = (request: ChatRequest): string => {
  const content = [...request.messages].reverse().find((m) => m.role === "user")?.content;
  return typeof content === "string" ? content : "";
};

/** Builds the bench model (a benchmark fixture, no network). */
export function createBenchModel(clock: () => number = performance.now.bind(performance)): BenchModel {
  const model: BenchModel = {
    kind: "openai",
    calls: [],
    ttftMs: 0,
    async chat(request: ChatRequest, options: ChatOptions = {}): Promise<ChatResult> {
      const startedAt = clock();
      const user = lastUserText(request);
      if (model.ttftMs > 0) await new Promise((r) => setTimeout(r, model.ttftMs));
      const pieces = ["Sure", " - ", "here is ", "the answer."];
      for (const p of pieces) options.onDelta?.(p);
      model.calls.push({ conversationText: user, startedAt, durationMs: clock() - startedAt });
      return {
        text: pieces.join(""),
        model: "bench",
        usage: { promptTokens: 10, completionTokens: 4, totalTokens: 14 },
        finishReason: "stop",
        attempts: 1,
        usedFallback: false,
      };
    },
    async transcribe() {
      return "";
    },
    availability: () => ({ ready: true, vision: false, transcription: false }),
    async close() {},
  };
  return model;
}

/** What the bench channel recorded. */
export interface BenchChannelLog {
  /** Delivery time of each part, keyed by the inbound message id it replies to. */
  delivered: Map<string, number>;
  /** First streamed delta time per conversation. */
  firstDelta: Map<string, number>;
  deliveries: number;
  onDelivery?: (message: OutboundMessage, at: number) => void;
}

/** A channel adapter that takes no platform traffic and records each delivery and the first delta per conversation. */
export function createBenchChannel(log: BenchChannelLog, clock: () => number = performance.now.bind(performance)): (context: ChannelContext) => ChannelAdapter {
  return () => ({
    name: "web",
    async start() {},
    async stop() {},
    async send(message: OutboundMessage, ledger: DeliveryLedger) {
      if (await ledger.sent(0)) return { platformMessageIds: [] };
      const at = clock();
      log.deliveries++;
      if (message.replyTo) log.delivered.set(message.replyTo, at);
      log.onDelivery?.(message, at);
      await ledger.markSent(0, `p-${log.deliveries}`);
      return { platformMessageIds: [`p-${log.deliveries}`] };
    },
    onTurnEvent(event: TurnEvent) {
      if (event.type === "delta" && !log.firstDelta.has(event.conversationId)) log.firstDelta.set(event.conversationId, clock());
    },
    health: () => ({ connected: true, state: "bench" }),
  });
}

/** Percentile of a sorted-on-demand sample (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
