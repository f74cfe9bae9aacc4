import { randomUUID } from "node:crypto";
import type { FlowProducer, QueueEvents } from "bullmq";
import type { Logger } from "pino";
import { z } from "zod";
import { JOBS, QUEUES } from "../../src/keys.js";
import { estimateMessagesTokens, estimateTokens, type ChatMessage, type ModelProvider, type TokenUsage } from "../../src/model/types.js";
import { SubagentResultSchema, type SubagentJob, type SubagentResult } from "../subagent.js";

/** Bounds of one contemplating turn. */
export interface ContemplateBudget {
  maxAgents: number;
  /** Tokens (prompt + completion) across planner, sub-agents and synthesis. */
  tokenBudget: number;
  /** Wall time from the planner call to the last synthesized token. */
  timeBudgetMs: number;
  /** Longest a single sub-agent may take. */
  agentTimeoutMs: number;
  /** Ceiling on one call's completion tokens. */
  maxTokensPerCall: number;
}

/** What contemplating needs. */
export interface ContemplateDeps {
  model: ModelProvider;
  flow: FlowProducer;
  /** Events of the `subagents` queue (to wait for each child). */
  subagentEvents: QueueEvents;
  modelName: string | undefined;
  reasoningEffort: "low" | "medium" | "high";
  budget: ContemplateBudget;
  logger: Logger;
  clock?: () => number;
}

/** One turn to contemplate. */
export interface ContemplateInput {
  turnId: string;
  systemPrompt: string;
  history: ChatMessage[];
  /** The user's request as text (documents included). */
  question: string;
  signal?: AbortSignal;
  onDelta(text: string): void;
  onRetry(): void;
  onProgress(note: string): void;
}

/** The synthesized answer, or `undefined` when the planner gave no usable plan (the caller falls back to thinking). */
export interface ContemplateOutcome {
  text: string;
  model: string;
  usage: TokenUsage;
  agents: number;
  failed: string[];
}

/** A planner's sub-task. */
export const PlanTaskSchema = z.object({ title: z.string().trim().min(1).max(120), prompt: z.string().trim().min(1).max(2000) });
/** The planner's JSON answer. */
export const PlanSchema = z.object({ tasks: z.array(PlanTaskSchema).min(1).max(12) });
/** A validated plan. */
export type Plan = z.infer<typeof PlanSchema>;

/** Planner instructions; `n` is the most sub-tasks allowed. */
export function plannerPrompt(n: number): string {
  return (
    `Split the user's request into at most ${n} independent sub-tasks that separate agents can work on in parallel ` +
    "(for a trip: itinerary, comparisons, activities). Each sub-task must make sense on its own. " +
    'Reply with JSON only, exactly: {"tasks":[{"title":"short title","prompt":"what this agent should work out"}]}. ' +
    'If the request does not split into at least two parts, reply {"tasks":[{"title":"answer","prompt":"answer the request"}]}.'
  );
}

/** Parses and validates a planner reply (tolerating code fences); undefined when it is not a usable plan. */
export function parsePlan(text: string, maxAgents: number): Plan | undefined {
  const body = text.trim().replace(/^```(?:json)?\s*/i, "").replace(/\s*```$/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = PlanSchema.safeParse(json);
  if (!parsed.success || parsed.data.tasks.length < 2) return undefined;
  return { tasks: parsed.data.tasks.slice(0, maxAgents) };
}

const zero = (): TokenUsage => ({ promptTokens: 0, completionTokens: 0, totalTokens: 0 });
const addUsage = (a: TokenUsage, b: { promptTokens: number; completionTokens: number }) => {
  a.promptTokens += b.promptTokens;
  a.completionTokens += b.completionTokens;
  a.totalTokens += b.promptTokens + b.completionTokens;
};

/** Plans, fans the sub-tasks out as a BullMQ flow, waits for each child up to its time-out, then streams one synthesized answer. */
export async function contemplate(deps: ContemplateDeps, input: ContemplateInput): Promise<ContemplateOutcome | undefined> {
  const clock = deps.clock ?? Date.now;
  const started = clock();
  const deadline = started + deps.budget.timeBudgetMs;
  const usage = zero();
  const question = input.question.slice(0, 40_000);

  const plannerResult = await deps.model.chat(
    {
      model: deps.modelName,
      json: true,
      temperature: 0,
      maxTokens: Math.min(600, Math.floor(deps.budget.tokenBudget / 8)),
      messages: [{ role: "system", content: plannerPrompt(deps.budget.maxAgents) }, ...input.history.slice(-4), { role: "user", content: question }],
    },
    { signal: input.signal, timeoutMs: Math.max(1000, Math.floor(deps.budget.timeBudgetMs / 4)) },
  );
  addUsage(usage, plannerResult.usage);
  const plan = parsePlan(plannerResult.text, deps.budget.maxAgents);
  if (!plan) {
    deps.logger.info({ turnId: input.turnId }, "planner gave no usable plan; answering in thinking mode");
    return undefined;
  }

  const n = plan.tasks.length;
  input.onProgress(`Thinking with ${n} agents...`);
  const remaining = deps.budget.tokenBudget - usage.totalTokens;
  const contextTokens = estimateTokens(question) + 120;
  const perAgent = clampTokens(Math.floor((remaining * 0.55) / n) - contextTokens, deps.budget.maxTokensPerCall);
  const agentDeadline = Math.min(clock() + deps.budget.agentTimeoutMs, started + Math.floor(deps.budget.timeBudgetMs * 0.75));
  const results = await runChildren(deps, input.turnId, plan, { context: question, maxTokens: perAgent, deadline: agentDeadline });
  const done = results.filter((r): r is SubagentResult => "text" in r);
  for (const r of done) addUsage(usage, r);
  const failed = results.filter((r): r is { index: number; title: string; reason: string } => "reason" in r);
  if (failed.length > 0) deps.logger.warn({ turnId: input.turnId, failed }, "some sub-agents gave no result");

  input.onProgress(`Combining what ${done.length} of ${n} agents found...`);
  const messages = synthesisMessages(input, question, done, failed);
  const left = deps.budget.tokenBudget - usage.totalTokens - estimateMessagesTokens(messages);
  const final = await deps.model.chat(
    { model: deps.modelName, maxTokens: clampTokens(left, deps.budget.maxTokensPerCall), reasoningEffort: deps.reasoningEffort, messages },
    { signal: input.signal, onDelta: input.onDelta, onRetry: () => input.onRetry(), timeoutMs: Math.max(5000, deadline - clock()) },
  );
  addUsage(usage, final.usage);
  let text = final.text;
  if (failed.length > 0) {
    const note = `\n\n_I couldn't check everything in time: ${failed.map((f) => `**${f.title}**`).join(", ")} ${failed.length === 1 ? "is" : "are"} missing from this answer._`;
    input.onDelta(note);
    text += note;
  }
  return { text, model: final.model, usage, agents: n, failed: failed.map((f) => f.title) };
}

function clampTokens(value: number, max: number): number {
  return Math.max(64, Math.min(max, Math.floor(value)));
}

async function runChildren(
  deps: ContemplateDeps,
  turnId: string,
  plan: Plan,
  shared: { context: string; maxTokens: number; deadline: number },
): Promise<Array<SubagentResult | { index: number; title: string; reason: string }>> {
  const clock = deps.clock ?? Date.now;
  const flowId = `${turnId}-${randomUUID().slice(0, 8)}`;
  const keep = { removeOnComplete: { age: 3600 }, removeOnFail: { age: 3600 } };
  const children = plan.tasks.map((task, index) => {
    const data: SubagentJob = { turnId, index, title: task.title, prompt: task.prompt, context: shared.context, model: deps.modelName, maxTokens: shared.maxTokens, reasoningEffort: deps.reasoningEffort, deadline: shared.deadline };
    return { name: JOBS.subagent, queueName: QUEUES.subagents, data, opts: { jobId: `${flowId}-${index}`, attempts: 1, ignoreDependencyOnFailure: true, ...keep } };
  });
  const node = await deps.flow.add({ name: JOBS.contemplate, queueName: QUEUES.contemplate, data: { turnId, agents: children.length }, opts: { jobId: flowId, ...keep }, children });
  const jobs = node.children ?? [];
  const settled = await Promise.allSettled(
    jobs.map((child) => child.job.waitUntilFinished(deps.subagentEvents, Math.max(1, shared.deadline - clock() + 250))),
  );
  return settled.map((outcome, i) => {
    const index = Number(String(jobs[i]!.job.id).split("-").pop());
    const title = plan.tasks[index]?.title ?? `part ${index + 1}`;
    if (outcome.status === "fulfilled") {
      const parsed = SubagentResultSchema.safeParse(outcome.value);
      if (parsed.success) return parsed.data;
      return { index, title, reason: "unreadable result" };
    }
    const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
    return { index, title, reason: /timed? ?out|ttl|finished before/i.test(message) ? "timed out" : message.slice(0, 200) };
  }).sort((a, b) => a.index - b.index);
}

function synthesisMessages(
  input: ContemplateInput,
  question: string,
  done: SubagentResult[],
  failed: Array<{ title: string; reason: string }>,
): ChatMessage[] {
  const findings = done.map((r) => `### ${r.index + 1}. ${r.title}\n${r.text.trim()}`).join("\n\n");
  const missing = failed.length > 0 ? `\n\nThese parts could not be checked (no result): ${failed.map((f) => `${f.title} (${f.reason})`).join("; ")}. Say briefly that you could not check them.` : "";
  const system =
    `${input.systemPrompt}\n\nSeveral helper agents worked on parts of the user's request in parallel. Combine their findings into one clear, well-organised answer ` +
    `in your own voice (do not mention agents unless something is missing). Their findings:\n\n${findings || "(none arrived)"}${missing}`;
  return [{ role: "system", content: system }, ...input.history, { role: "user", content: question }];
}
