import { Routes, type REST } from "discord.js";
import type { Logger } from "pino";
import type { TurnEvent } from "../../src/events.js";
import { previewText } from "./format.js";
import { editMessage, postMessage, targetOf, type DiscordTarget } from "./outbound.js";

/** How long typing may run without an `end` (a lost event must not type forever). */
const MAX_TYPING_MS = 5 * 60_000;
/** How long a finished stream's placeholder id is kept for the final answer to replace it. */
const KEEP_FINISHED_MS = 10 * 60_000;

interface TurnStream {
  target: DiscordTarget;
  text: string;
  shown: string;
  placeholderId: string | undefined;
  lastEditAt: number;
  timer: NodeJS.Timeout | undefined;
  typing: NodeJS.Timeout | undefined;
  typingStarted: number;
  chain: Promise<void>;
  finished: boolean;
}

/** Options of the live-turn presenter. */
export interface StreamOptions {
  rest: REST;
  logger: Logger;
  intervalMs: number;
  typingRefreshMs: number;
  /** False turns streamed previews off (typing only). */
  streaming?: boolean;
}

/** Shows running turns: a typing indicator re-sent while the turn runs, and a reply edited as text streams in. */
export class TurnPresenter {
  private readonly turns = new Map<string, TurnStream>();
  private readonly cleanups = new Set<NodeJS.Timeout>();

  constructor(private readonly options: StreamOptions) {}

  /** Handles one live turn event. */
  onEvent(event: TurnEvent): void {
    if (event.type === "start") this.start(event);
    const s = this.turns.get(event.turnId);
    if (!s) return;
    if (event.type === "delta" && this.options.streaming !== false) {
      s.text += event.text;
      this.schedule(s);
    } else if (event.type === "reset") {
      s.text = "";
    } else if (event.type === "end") {
      this.finish(event.turnId);
    }
  }

  /**
   * Ends a turn's live display before its final answer is sent and returns the placeholder message to replace, if any;
   * waits for an edit in flight so the final text always lands last.
   */
  async takePlaceholder(turnId: string): Promise<string | undefined> {
    const s = this.turns.get(turnId);
    if (!s) return undefined;
    this.stopTimers(s);
    s.finished = true;
    await s.chain;
    return s.placeholderId;
  }

  /** Forgets a turn once its last part was delivered. */
  forget(turnId: string): void {
    const s = this.turns.get(turnId);
    if (s) this.stopTimers(s);
    this.turns.delete(turnId);
  }

  /** Stops every timer (channel stopping). */
  close(): void {
    for (const s of this.turns.values()) this.stopTimers(s);
    for (const t of this.cleanups) clearTimeout(t);
    this.turns.clear();
  }

  private start(event: TurnEvent): void {
    if (this.turns.has(event.turnId)) return;
    const target = targetOf(event.route, event.chatId);
    const s: TurnStream = {
      target,
      text: "",
      shown: "",
      placeholderId: undefined,
      lastEditAt: 0,
      timer: undefined,
      typing: undefined,
      typingStarted: Date.now(),
      chain: Promise.resolve(),
      finished: false,
    };
    this.turns.set(event.turnId, s);
    // A deferred interaction already shows "thinking"; channels get the typing indicator.
    if (target.kind === "channel") {
      const channelId = target.channelId;
      const type = () => {
        if (Date.now() - s.typingStarted > MAX_TYPING_MS) return this.stopTimers(s);
        this.options.rest.post(Routes.channelTyping(channelId)).catch((err: unknown) => this.options.logger.debug({ err }, "typing failed"));
      };
      type();
      s.typing = setInterval(type, this.options.typingRefreshMs);
    }
  }

  private schedule(s: TurnStream): void {
    if (s.timer || s.finished) return;
    const wait = s.lastEditAt === 0 ? 0 : Math.max(0, s.lastEditAt + this.options.intervalMs - Date.now());
    s.timer = setTimeout(() => {
      s.timer = undefined;
      s.chain = s.chain.then(() => this.flush(s));
    }, wait);
  }

  private async flush(s: TurnStream): Promise<void> {
    const content = previewText(s.text);
    if (s.finished || content === "" || content === s.shown) return;
    s.lastEditAt = Date.now();
    try {
      if (s.target.kind === "channel" && !s.placeholderId) s.placeholderId = (await postMessage(this.options.rest, s.target, content, true)).id;
      else await editMessage(this.options.rest, s.target, s.placeholderId, content);
      s.shown = content;
    } catch (err) {
      this.options.logger.warn({ err }, "streamed preview not shown");
    }
  }

  private finish(turnId: string): void {
    const s = this.turns.get(turnId);
    if (!s) return;
    if (s.typing) clearInterval(s.typing);
    s.typing = undefined;
    // Keep the stream (placeholder id) until the final answer replaces it; flush what is pending first.
    const cleanup = setTimeout(() => {
      this.cleanups.delete(cleanup);
      if (this.turns.get(turnId) === s) this.forget(turnId);
    }, KEEP_FINISHED_MS);
    cleanup.unref();
    this.cleanups.add(cleanup);
  }

  private stopTimers(s: TurnStream): void {
    if (s.timer) clearTimeout(s.timer);
    if (s.typing) clearInterval(s.typing);
    s.timer = undefined;
    s.typing = undefined;
  }
}
