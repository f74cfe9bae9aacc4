import { Worker, type Job, type Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { EventBus, TurnEventBody, TurnEventInput } from "../src/events.js";
import { watchCancel } from "../src/cancel.js";
import { readHistory, trimToBudget, type HistoryEntry } from "../src/history.js";
import { digest, JOBS, QUEUES } from "../src/keys.js";
import { InboundMessageSchema, type ChannelName, type InboundMessage, type OutboundMessageInput } from "../src/message.js";
import { ModelError, ModelLoadingError, ModelMissingError } from "../src/model/types.js";
import { enqueueOutbox } from "../src/outbox.js";
import type { ChannelSettings } from "../src/config.js";
import { userTextOf, type Answerer, type LateWordsVerdict } from "./answer.js";
import type { CommandRegistry } from "./commands.js";
import { ConversationState, type FinishResult } from "./conversation-state.js";
import type { SafetyStage } from "./safety-stage.js";
import type { SafetyAction } from "../src/safety/types.js";
import { saveTurnRecord, TurnJobSchema, turnResultKey, type TurnJob } from "./turn-job.js";

/** Said when the model cannot answer after its retries: never silence. */
export const APOLOGY = "Sorry - I couldn't get an answer just now. Please try again in a moment.";
/** Said when no model is configured or loadable at all. */
export const NO_MODEL = "Sorry - no AI model is available on this server right now, so I can't answer yet. The operator can fix this by setting MODEL_BASE_URL or MODEL_PATH.";
/** Said while the embedded model is still downloading or loading. */
export const STILL_LOADING = "I'm still getting ready (my model is loading). Please try again in a minute.";
/** Said for a message with nothing I can read. */
export const NOTHING_TO_READ = "I received your message but couldn't find any text in it I can read yet. Could you write it out?";

/** What happened in one turn, for metrics and records. */
export interface TurnOutcome {
  turnId: string;
  channel: ChannelName;
  conversationId: string;
  messages: number;
  kind: "answer" | "command" | "apology" | "notice";
  /** The sender's rollout cohort (`default` or a variant's name). */
  cohort: string;
  mode: string;
  model: string;
  queueWaitMs: number;
  firstDeltaMs: number | undefined;
  totalMs: number;
  promptTokens: number;
  completionTokens: number;
  error?: string;
  /** The safety action of the turn (absent for command-only turns). */
  safety?: SafetyAction;
  /** The hazard category behind a safety action other than `answer` (e.g. `S11`, `emergency`, `S2`). */
  safetyCategory?: string;
}

/** How strongly a safety action changes a turn: a later check only ever raises it. */
const SEVERITY: Record<SafetyAction, number> = { answer: 0, care: 1, refuse: 2, escalate: 3 };

/** Dependencies of the turn processor. */
export interface TurnProcessorOptions {
  redis: Redis;
  events: EventBus;
  outbox: (channel: ChannelName) => Queue;
  answer: Answerer;
  commands: CommandRegistry;
  channelSettings: (channel: ChannelName) => ChannelSettings;
  historyTokenBudget: number;
  logger: Logger;
  onTurn?: (outcome: TurnOutcome) => void;
  /** The sender's rollout cohort and, for a variant, the model to answer with. */
  cohortOf?: (message: InboundMessage) => { cohort: string; model?: string };
  /** Input and output checks, prompts and token quotas; absent: turns run unchecked. */
  safety?: SafetyStage;
  /** Channels that take one reply per turn (a waiting HTTP request): an escalation reply is joined to the answer there. */
  singlePartChannels?: ChannelName[];
  clock?: () => number;
}

/** Processes `turns` jobs: drains a conversation's pending messages turn after turn while it owns the conversation. */
export function createTurnProcessor(options: TurnProcessorOptions) {
  const state = new ConversationState(options.redis);
  const clock = options.clock ?? Date.now;

  return async function processTurnJob(job: Job): Promise<{ turns: number }> {
    const data = TurnJobSchema.parse(job.data);
    const jobId = String(job.id);
    let turns = 0;
    for (;;) {
      const taken = await state.take(data.conversationId, jobId);
      if (taken.kind !== "batch") break;
      const messages = parseBatch(taken.items, options.logger);
      const finished = messages.length > 0 ? await runTurn(data, messages, jobId, taken.recovered) : await state.finishTurn(data.conversationId, jobId, []);
      turns++;
      if (finished !== "owner") break;
    }
    return { turns };
  };

  async function runTurn(data: TurnJob, messages: InboundMessage[], jobId: string, recovered: boolean): Promise<FinishResult> {
    const started = clock();
    const first = messages[0]!;
    const last = messages[messages.length - 1]!;
    const turnId = `turn-${digest(messages.map((m) => m.id).join("\n"), 24)}`;
    const log = options.logger.child({ conversationId: data.conversationId, turnId });
    const assignment = options.cohortOf?.(last) ?? { cohort: "default" };
    const addressing = { channel: first.channel, conversationId: first.conversationId, chatId: first.chat.id, turnId, route: last.route, replyTo: last.id };
    const publish = (event: TurnEventBody) =>
      options.events.publish(first.channel, { ...addressing, ...event } as TurnEventInput).catch((err) => log.warn({ err }, "event publish failed"));

    // Only a batch taken back after a crash can have a stored answer; a fresh batch skips the round trip.
    const cached = recovered ? await options.redis.get(turnResultKey(turnId)) : null;
    let result: {
      text: string; kind: TurnOutcome["kind"]; mode: string; model: string; userText: string; promptTokens: number; completionTokens: number; error?: string;
      safety?: SafetyAction; safetyCategory?: string; escalation?: string;
    };
    const part = (index: number, parts: number, text: string, kind: "answer" | "notice", meta: Record<string, string>): OutboundMessageInput => ({
      channel: first.channel, conversationId: first.conversationId, chatId: first.chat.id, turnId, key: `${turnId}#${index}`, part: index, parts, text, replyTo: last.id, route: last.route, kind, meta,
    });
    const single = (options.singlePartChannels ?? ["api"]).includes(first.channel);
    // The escalation reply goes out at once as part 0 of 2, in its own outbox job, before and independent of the model.
    const sendEscalation = (text: string) =>
      enqueueOutbox(options.outbox(first.channel), { channel: first.channel, conversationId: first.conversationId, turnId: `${turnId}-escalation`, parts: [part(0, 2, text, "notice", { safety: "escalate" })] as never });
    let firstDeltaAt: number | undefined;
    if (cached) {
      result = JSON.parse(cached) as typeof result;
      log.info("turn recovered after a restart; reusing its answer");
      if (result.escalation && !single) await sendEscalation(result.escalation);
    } else {
      // A re-run after a crash: whatever the dead attempt streamed to the channel is void.
      if (recovered) await publish({ type: "reset" });
      await publish({ type: "start" });
      const deltas = coalesceDeltas((text, seq) => void publish({ type: "delta", text, seq }));
      result = await produce(first, messages, turnId, assignment.model, {
        onDelta: (text: string) => {
          firstDeltaAt ??= clock();
          deltas.push(text);
        },
        onRetry: () => {
          deltas.discard();
          void publish({ type: "reset" });
        },
        onProgress: (note) => void publish({ type: "progress", note }),
        onEscalation: async (text: string) => (single ? undefined : sendEscalation(text)),
      }, log);
      deltas.flush();
      if (result.escalation && single) result.text = `${result.escalation}\n\n${result.text}`;
      await options.safety?.charge(first.channel, first.sender.id, result.promptTokens + result.completionTokens).catch((err: unknown) => log.warn({ err }, "could not charge tokens"));
      await options.redis.set(turnResultKey(turnId), JSON.stringify(result), "EX", 3600);
    }

    const meta = { mode: result.mode, model: result.model, cohort: assignment.cohort, turnKind: result.kind, promptTokens: String(result.promptTokens), completionTokens: String(result.completionTokens), ...(result.safety ? { safety: result.safety } : {}) };
    const escalated = result.escalation !== undefined && !single;
    const parts = [escalated ? part(1, 2, result.text, result.kind === "answer" ? "answer" : "notice", meta) : part(0, 1, result.text, result.kind === "answer" ? "answer" : "notice", meta)];
    await enqueueOutbox(options.outbox(first.channel), { channel: first.channel, conversationId: first.conversationId, turnId, parts: parts as never });

    const now = clock();
    // A sender that supplies its own context (the partner API) keeps the history itself: nothing to store.
    const suppliesContext = messages.some((m) => m.context !== undefined);
    const history: HistoryEntry[] =
      !suppliesContext && (result.kind === "answer" || result.kind === "notice")
        ? [
            { role: "user", content: result.userText, at: now, turnId },
            { role: "assistant", content: result.text, at: now, turnId },
          ]
        : [];
    // "end" goes out before ownership can be given up, so it never follows the next turn's "start".
    await publish({ type: "end" });
    const finished = await state.finishTurn(data.conversationId, jobId, history.filter((h) => h.content.length > 0).map((h) => JSON.stringify(h)));
    if (finished === "not-owner") log.warn("lost conversation ownership before finishing; another job took over");

    const outcome: TurnOutcome = {
      turnId,
      channel: first.channel,
      conversationId: first.conversationId,
      messages: messages.length,
      kind: result.kind,
      cohort: assignment.cohort,
      mode: result.mode,
      model: result.model,
      queueWaitMs: Math.max(0, started - first.receivedAt),
      firstDeltaMs: firstDeltaAt === undefined ? undefined : firstDeltaAt - first.receivedAt,
      totalMs: now - first.receivedAt,
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      error: result.error,
      safety: result.safety,
      ...(result.safetyCategory ? { safetyCategory: result.safetyCategory } : {}),
    };
    await saveTurnRecord(options.redis, turnId, { ...flatten(outcome), at: String(now) });
    options.onTurn?.(outcome);
    log.info({ kind: outcome.kind, mode: outcome.mode, messages: outcome.messages, totalMs: outcome.totalMs }, "turn done");
    return finished;
  }

  async function produce(
    first: InboundMessage,
    messages: InboundMessage[],
    turnId: string,
    modelOverride: string | undefined,
    callbacks: { onDelta(text: string): void; onRetry(): void; onProgress(note: string): void; onEscalation(text: string): Promise<void> },
    log: Logger,
  ) {
    const base = { mode: "none", model: "none", promptTokens: 0, completionTokens: 0 };
    // Commands answer on their own; a batch that is only commands never reaches the model.
    const replies: string[] = [];
    const rest: InboundMessage[] = [];
    for (const m of messages) {
      const match = options.commands.match(m.text);
      if (match && m.attachments.length === 0) {
        replies.push(await match.command.run({ redis: options.redis, message: m, args: match.args, commands: options.commands.list() }));
        if (match.command.name === "reset") rest.length = 0;
      } else rest.push(m);
    }
    if (rest.length === 0) return { ...base, text: replies.join("\n\n"), kind: "command" as const, userText: "" };
    // Only a message with neither text nor any attachment stops here; skipped media get their own friendly note from the answerer.
    if (rest.every((m) => m.text.trim().length === 0 && m.attachments.length === 0)) {
      return { ...base, text: NOTHING_TO_READ, kind: "notice" as const, userText: "" };
    }
    const settings = options.channelSettings(first.channel);
    const supplied = rest[rest.length - 1]!.context;
    const history = supplied ?? trimToBudget(await readHistory(options.redis, first.conversationId), options.historyTokenBudget);
    const cancel = await watchCancel(options.redis, rest.map((m) => m.id));
    const withReplies = (t: string) => (replies.length > 0 ? `${replies.join("\n\n")}\n\n${t}` : t);
    let safety: { safety?: SafetyAction; safetyCategory?: string; escalation?: string } = {};
    let refusedLate = false;
    try {
      const plan = await options.safety?.plan({ text: userTextOf(rest), first, baseSystemPrompt: settings.systemPrompt, signal: cancel.signal });
      safety = { safety: plan?.action, safetyCategory: plan?.verdict.category, ...(plan?.action === "escalate" ? { escalation: plan.reply } : {}) };
      if (plan?.action === "refuse") return { ...base, ...safety, text: withReplies(plan.reply ?? ""), kind: "notice" as const, userText: userTextOf(rest) };
      if (plan?.action === "escalate") await callbacks.onEscalation(plan.reply ?? "");
      let systemPrompt = plan?.systemPrompt ?? settings.systemPrompt;
      // An escalation's careful answer is not streamed: the escalation reply stays on screen until the answer follows it.
      let quiet = plan?.action === "escalate";
      // Voice-note transcripts appear inside the answerer, after the check above: the same stage checks them there.
      const checkLateWords = async (text: string): Promise<LateWordsVerdict> => {
        if (!options.safety || !plan) return {};
        const late = await options.safety.plan({ text, first, baseSystemPrompt: settings.systemPrompt, signal: cancel.signal });
        if (SEVERITY[late.action] <= SEVERITY[plan.action]) return {};
        safety = { safety: late.action, safetyCategory: late.verdict.category, ...(late.action === "escalate" ? { escalation: late.reply } : {}) };
        systemPrompt = late.systemPrompt;
        if (late.action === "refuse") {
          refusedLate = true;
          return { reply: late.reply ?? "" };
        }
        if (late.action === "escalate") {
          quiet = true;
          await callbacks.onEscalation(late.reply ?? "");
        }
        return { systemPrompt: late.systemPrompt };
      };
      const answer = await options.answer({
        turnId,
        conversationId: first.conversationId,
        messages: rest,
        history,
        systemPrompt,
        ...(modelOverride ? { modelOverride } : {}),
        signal: cancel.signal,
        ...callbacks,
        onDelta: (text: string) => {
          if (!quiet) callbacks.onDelta(text);
        },
        checkLateWords,
      });
      if (refusedLate) return { ...base, ...safety, text: withReplies(answer.text), kind: "notice" as const, userText: answer.userText };
      const checked = options.safety?.checkAnswer(answer.text, { systemPrompt, userText: answer.userText, first, turnId });
      if (checked?.replaced) callbacks.onRetry();
      const text = withReplies(checked?.text ?? answer.text);
      return {
        ...safety,
        text,
        kind: "answer" as const,
        mode: answer.mode,
        model: answer.model,
        userText: answer.userText,
        promptTokens: answer.usage.promptTokens,
        completionTokens: answer.usage.completionTokens,
      };
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      log.error({ err: error }, "model could not answer; sending apology");
      const text = error instanceof ModelMissingError ? NO_MODEL : error instanceof ModelLoadingError ? STILL_LOADING : APOLOGY;
      return { ...base, ...safety, text, kind: "apology" as const, userText: "", error: error.code };
    } finally {
      cancel.stop();
    }
  }
}

/**
 * Streamed text pieces that arrive in the same tick go out as one delta event (a model can emit a piece per token;
 * one publish each costs a Redis command per token). Order and `seq` numbering are kept.
 */
export function coalesceDeltas(emit: (text: string, seq: number) => void): { push(text: string): void; flush(): void; discard(): void } {
  let buffer = "";
  let seq = 0;
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (buffer.length === 0) return;
    const text = buffer;
    buffer = "";
    emit(text, seq++);
  };
  return {
    push(text) {
      buffer += text;
      scheduled ??= setImmediate(flush);
    },
    flush,
    discard() {
      if (scheduled) clearImmediate(scheduled);
      scheduled = undefined;
      buffer = "";
    },
  };
}

function parseBatch(items: string[], logger: Logger): InboundMessage[] {
  const out: InboundMessage[] = [];
  for (const item of items) {
    try {
      out.push(InboundMessageSchema.parse(JSON.parse(item)));
    } catch (err) {
      logger.error({ err }, "dropping an unreadable pending message");
    }
  }
  return out.sort((a, b) => a.receivedAt - b.receivedAt || a.sentAt - b.sentAt);
}

function flatten(outcome: TurnOutcome): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(outcome)) if (v !== undefined) out[k] = String(v);
  return out;
}

/** Starts the `turns` worker. */
export function startTurnWorker(options: TurnProcessorOptions & { connection: Redis; concurrency: number; lockDurationMs: number }): Worker {
  const processor = createTurnProcessor(options);
  const state = new ConversationState(options.redis);
  const worker = new Worker(QUEUES.turns, processor, {
    connection: options.connection,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs,
    stalledInterval: Math.max(1000, Math.floor(options.lockDurationMs / 2)),
    maxStalledCount: 3,
    name: JOBS.turn,
  });
  worker.on("failed", (job, err) => {
    options.logger.error({ err, jobId: job?.id, attempts: job?.attemptsMade }, "turn job failed");
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      const data = TurnJobSchema.safeParse(job.data);
      if (data.success) void state.release(data.data.conversationId, String(job.id));
    }
  });
  worker.on("error", (err) => options.logger.error({ err }, "turn worker error"));
  return worker;
}
