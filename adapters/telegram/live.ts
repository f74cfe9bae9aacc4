import type { Logger } from "pino";
import type { TurnEvent } from "../../src/events.js";
import { PlatformRateLimitError } from "../../src/errors.js";
import { renderPreview } from "./format.js";
import { targetOf, type Poster, type Target } from "./outbound.js";

/** Streaming edits are never more frequent than this (Telegram answers edit storms with long retry_after). */
export const MIN_STREAM_INTERVAL_MS = 1000;
/** Default interval between streaming edits. */
export const DEFAULT_STREAM_INTERVAL_MS = 1500;
/** Telegram shows `typing` for about 5 s; it is repeated a little sooner. */
export const DEFAULT_TYPING_INTERVAL_MS = 4000;
/** A turn's live state is dropped after this long even if no `end` or reply came. */
const LIVE_TTL_MS = 10 * 60_000;

interface LiveTurn {
  target: Target;
  text: string;
  placeholderId?: number;
  shown?: string;
  nextEditAt: number;
  typing?: NodeJS.Timeout;
  flush?: NodeJS.Timeout;
  expire: NodeJS.Timeout;
  chain: Promise<void>;
  streaming: boolean;
  settled: boolean;
}

/** Typing indicators and the streamed placeholder of running turns. */
export interface LiveTurns {
  onEvent(event: TurnEvent): void;
  /** Stops streaming for a turn, waits for an edit in flight, and returns its placeholder message id if one was posted. */
  settle(turnId: string): Promise<number | undefined>;
  /** Forgets a turn once its reply is out (stops typing). */
  finish(turnId: string): void;
  stopAll(): void;
}

/** Builds the live-turn tracker. */
export function createLiveTurns(options: {
  poster: Poster;
  logger: Logger;
  streamIntervalMs: number;
  typingIntervalMs: number;
  limit: number;
  clock?: () => number;
}): LiveTurns {
  const { poster, logger } = options;
  const clock = options.clock ?? Date.now;
  const interval = Math.max(MIN_STREAM_INTERVAL_MS, options.streamIntervalMs);
  const turns = new Map<string, LiveTurn>();

  const stopTyping = (turn: LiveTurn) => {
    if (turn.typing) clearInterval(turn.typing);
    turn.typing = undefined;
  };
  const drop = (turnId: string) => {
    const turn = turns.get(turnId);
    if (!turn) return;
    stopTyping(turn);
    if (turn.flush) clearTimeout(turn.flush);
    clearTimeout(turn.expire);
    turns.delete(turnId);
  };
  const sendTyping = (turn: LiveTurn) => {
    poster.typing(turn.target).catch((err: unknown) => logger.debug({ err }, "typing indicator failed"));
  };

  const render = async (turn: LiveTurn) => {
    if (turn.settled || !turn.streaming) return;
    const preview = renderPreview(turn.text.length > 0 ? turn.text : "…", options.limit) ?? { html: "…", text: "…" };
    if (preview.html === turn.shown) return;
    turn.nextEditAt = clock() + interval;
    try {
      if (turn.placeholderId === undefined) turn.placeholderId = await poster.post(turn.target, preview, true);
      else await poster.edit(turn.target, turn.placeholderId, preview);
      turn.shown = preview.html;
      turn.nextEditAt = clock() + interval;
    } catch (error) {
      if (error instanceof PlatformRateLimitError) {
        turn.nextEditAt = clock() + error.retryAfterMs;
        return;
      }
      // The final answer is sent as new messages instead.
      logger.warn({ err: error, chatId: turn.target.chatId }, "streaming edit failed; streaming off for this turn");
      turn.streaming = false;
    }
  };
  const schedule = (turn: LiveTurn) => {
    if (turn.flush || turn.settled || !turn.streaming) return;
    const delay = Math.max(0, turn.nextEditAt - clock());
    turn.flush = setTimeout(() => {
      turn.flush = undefined;
      if (clock() < turn.nextEditAt) return schedule(turn);
      turn.chain = turn.chain.then(() => render(turn)).then(() => {
        if (turn.shown !== undefined && renderPreview(turn.text || "…", options.limit)?.html !== turn.shown) schedule(turn);
      });
    }, delay);
    turn.flush.unref();
  };

  const begin = (event: TurnEvent): LiveTurn => {
    const existing = turns.get(event.turnId);
    if (existing) return existing;
    const turn: LiveTurn = {
      target: targetOf(event.chatId, event.route, event.replyTo),
      text: "",
      nextEditAt: clock() + interval,
      chain: Promise.resolve(),
      streaming: true,
      settled: false,
      expire: setTimeout(() => drop(event.turnId), LIVE_TTL_MS),
    };
    turn.expire.unref();
    turns.set(event.turnId, turn);
    sendTyping(turn);
    turn.typing = setInterval(() => sendTyping(turn), options.typingIntervalMs);
    turn.typing.unref();
    return turn;
  };

  return {
    onEvent(event) {
      if (event.channel !== "telegram") return;
      if (event.type === "start") begin(event);
      else if (event.type === "delta") {
        const turn = begin(event);
        turn.text += event.text;
        schedule(turn);
      } else if (event.type === "reset") {
        const turn = turns.get(event.turnId);
        if (!turn) return;
        turn.text = "";
        schedule(turn);
      } else if (event.type === "end") {
        const turn = turns.get(event.turnId);
        if (turn) stopTyping(turn);
      }
    },
    async settle(turnId) {
      const turn = turns.get(turnId);
      if (!turn) return undefined;
      turn.settled = true;
      if (turn.flush) clearTimeout(turn.flush);
      turn.flush = undefined;
      await turn.chain;
      return turn.streaming ? turn.placeholderId : undefined;
    },
    finish(turnId) {
      drop(turnId);
    },
    stopAll() {
      for (const id of [...turns.keys()]) drop(id);
    },
  };
}
