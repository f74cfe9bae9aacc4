import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { z } from "zod";
import { JOBS, QUEUES } from "../src/keys.js";
import type { ModelProvider } from "../src/model/types.js";

/** One sub-task of a contemplating turn, as queued on `subagents`. */
export const SubagentJobSchema = z.object({
  turnId: z.string().min(1).max(200),
  index: z.number().int().nonnegative(),
  title: z.string().min(1).max(200),
  prompt: z.string().min(1).max(4000),
  /** The user's request, for context. */
  context: z.string().max(60_000),
  model: z.string().max(200).optional(),
  maxTokens: z.number().int().positive(),
  reasoningEffort: z.enum(["low", "medium", "high"]).optional(),
  /** Epoch ms after which the result is no longer wanted. */
  deadline: z.number().int().positive(),
});
/** One sub-task job. */
export type SubagentJob = z.infer<typeof SubagentJobSchema>;

/** What a sub-agent returns to the parent. */
export const SubagentResultSchema = z.object({
  index: z.number().int().nonnegative(),
  title: z.string(),
  text: z.string(),
  model: z.string(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
});
/** A sub-agent's result. */
export type SubagentResult = z.infer<typeof SubagentResultSchema>;

/** System prompt of a sub-agent. */
export const SUBAGENT_PROMPT =
  "You are one of several agents each working on one part of a user's request; another step combines your findings. " +
  "Work only on your part. Be concrete and concise. Say plainly what you are unsure of; never invent facts, prices or dates.";

/** Runs one sub-task: a single model call bounded by the job's deadline. */
export function createSubagentProcessor(options: { model: ModelProvider; logger: Logger; clock?: () => number }) {
  const clock = options.clock ?? Date.now;
  return async (job: Job): Promise<SubagentResult> => {
    const parsed = SubagentJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid sub-agent job: ${parsed.error.message.slice(0, 200)}`);
    const task = parsed.data;
    const left = task.deadline - clock();
    if (left <= 0) throw new UnrecoverableError("the turn's time budget ran out before this sub-task started");
    const signal = AbortSignal.timeout(left);
    const result = await options.model.chat(
      {
        model: task.model,
        maxTokens: task.maxTokens,
        reasoningEffort: task.reasoningEffort,
        messages: [
          { role: "system", content: SUBAGENT_PROMPT },
          { role: "user", content: `The user's request:\n${task.context}\n\nYour part: **${task.title}**\n${task.prompt}` },
        ],
      },
      { signal, timeoutMs: left },
    );
    options.logger.debug({ turnId: task.turnId, index: task.index, ms: left }, "sub-agent done");
    return { index: task.index, title: task.title, text: result.text, model: result.model, promptTokens: result.usage.promptTokens, completionTokens: result.usage.completionTokens };
  };
}

/** The parent of a contemplating flow: runs once every child settled and gathers their results (kept with the job for inspection). */
export async function gatherChildren(job: Job): Promise<{ completed: number; failed: number }> {
  const values = await job.getChildrenValues();
  const failures = await job.getIgnoredChildrenFailures();
  return { completed: Object.keys(values).length, failed: Object.keys(failures).length };
}

/** Starts the `subagents` worker and the `contemplate` parent worker; any worker process runs them, so children spread over the cluster. */
export function startSubagentWorkers(options: { connection: Redis; model: ModelProvider; concurrency: number; lockDurationMs: number; workerName: string; logger: Logger }): Worker[] {
  const sub = new Worker(QUEUES.subagents, createSubagentProcessor({ model: options.model, logger: options.logger }), {
    connection: options.connection,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs,
    stalledInterval: Math.max(1000, Math.floor(options.lockDurationMs / 2)),
    maxStalledCount: 1,
    name: options.workerName,
  });
  const parent = new Worker(QUEUES.contemplate, gatherChildren, { connection: options.connection, concurrency: 4, name: `${JOBS.contemplate}-${options.workerName}` });
  for (const w of [sub, parent]) {
    w.on("failed", (job, err) => options.logger.warn({ err: err.message, jobId: job?.id, queue: w.name }, "sub-agent job failed"));
    w.on("error", (err) => options.logger.error({ err }, "sub-agent worker error"));
  }
  return [sub, parent];
}
