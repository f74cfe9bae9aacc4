import { DISCORD_MESSAGE_LIMIT } from "./types.js";

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HRULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

interface FenceState {
  marker: string;
  opening: string;
}

/** Tracks code fences line by line: returns the state after `line`. */
function nextFence(state: FenceState | undefined, line: string): FenceState | undefined {
  const m = FENCE.exec(line);
  if (!m) return state;
  if (!state) return { marker: m[1]!, opening: line.trim() };
  const closes = m[1]!.startsWith(state.marker[0]!) && m[1]!.length >= state.marker.length && m[2]!.trim() === "";
  return closes ? undefined : state;
}

function cells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return trimmed.split("|").map((c) => c.trim().replace(/\*\*|__|`/g, ""));
}

/** Renders a markdown table as aligned plain text (Discord has no tables). */
function renderTable(rows: string[]): string[] {
  const grid = rows.filter((r) => !TABLE_RULE.test(r)).map(cells);
  const width = Math.max(...grid.map((r) => r.length));
  const widths = Array.from({ length: width }, (_, i) => Math.max(...grid.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => widths.map((w, i) => (r[i] ?? "").padEnd(w)).join(" | ").trimEnd();
  const out = grid.map(line);
  out.splice(1, 0, widths.map((w) => "-".repeat(Math.max(w, 1))).join("-+-"));
  return ["```", ...out, "```"];
}

/**
 * Markdown to Discord's dialect: mostly standard already. Tables become code blocks, headings past `###` become bold,
 * horizontal rules (not rendered by Discord) become blank lines. Code blocks are left untouched; nothing is escaped.
 */
export function toDiscordMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let fence: FenceState | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const wasInFence = fence !== undefined;
    fence = nextFence(fence, line);
    if (wasInFence || fence) {
      out.push(line);
      continue;
    }
    if (line.includes("|") && TABLE_RULE.test(lines[i + 1] ?? "") && (lines[i + 1] ?? "").includes("-")) {
      const rows = [line];
      let j = i + 1;
      while (j < lines.length && lines[j]!.includes("|") && lines[j]!.trim() !== "") rows.push(lines[j++]!);
      out.push(...renderTable(rows));
      i = j - 1;
      continue;
    }
    const heading = /^\s{0,3}(#{4,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) out.push(`**${heading[2]}**`);
    else if (HRULE.test(line)) out.push("");
    else out.push(line.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt: string, href: string) => `[${alt || "image"}](${href})`));
  }
  return out.join("\n");
}

/** Cuts lines longer than `max`, preferring spaces. */
function hardWrap(lines: string[], max: number): string[] {
  const out: string[] = [];
  for (let line of lines) {
    while (line.length > max) {
      const space = line.lastIndexOf(" ", max);
      const cut = space > max / 2 ? space : max;
      out.push(line.slice(0, cut));
      line = line.slice(space === cut ? cut + 1 : cut);
    }
    out.push(line);
  }
  return out;
}

/** Fence state after each line of `lines`. */
function fenceStates(lines: string[]): Array<FenceState | undefined> {
  let state: FenceState | undefined;
  return lines.map((l) => (state = nextFence(state, l)));
}

/** Where to cut a too-long piece: after the last blank line outside a fence in its second half, else at its end. */
function cutIndex(lines: string[], states: Array<FenceState | undefined>): number {
  for (let i = lines.length - 1; i > lines.length / 2; i--) {
    if (lines[i]!.trim() === "" && !states[i]) return i;
  }
  return lines.length;
}

/**
 * Splits a message into pieces of at most `limit` characters, at paragraph or line boundaries where it can;
 * a code fence cut in two is closed with ``` and reopened with the same language in the next piece.
 */
export function splitDiscordMessage(text: string, limit = DISCORD_MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return text.trim() === "" ? [] : [text.replace(/\s+$/, "")];
  const reserve = 24;
  const lines = hardWrap(text.split("\n"), Math.max(limit - 2 * reserve, 16));
  const pieces: string[] = [];
  let cur: string[] = [];
  const size = (ls: string[]) => ls.reduce((n, l) => n + l.length + 1, 0) - 1;
  const flush = () => {
    const states = fenceStates(cur);
    const cut = cutIndex(cur, states);
    const open = cut > 0 ? states[cut - 1] : undefined;
    const piece = cur.slice(0, cut);
    if (open) piece.push(open.marker);
    const body = piece.join("\n").replace(/\s+$/, "");
    if (body.trim() !== "") pieces.push(body);
    const rest = cur.slice(cut < cur.length ? cut + 1 : cut);
    cur = open ? [open.opening, ...rest] : rest;
  };
  for (const line of lines) {
    for (;;) {
      const candidate = [...cur, line];
      const open = fenceStates(candidate).at(-1);
      if (cur.length === 0 || size(candidate) + (open ? open.marker.length + 1 : 0) <= limit) break;
      const before = cur.length;
      flush();
      if (cur.length >= before) throw new Error("splitDiscordMessage made no progress");
    }
    cur.push(line);
  }
  const last = cur.join("\n").replace(/\s+$/, "");
  if (last.trim() !== "") pieces.push(last);
  return pieces;
}

/** A streamed partial answer shown in one message: the tail is cut to fit, with an ellipsis. */
export function previewText(text: string, limit = DISCORD_MESSAGE_LIMIT): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed;
  return `${trimmed.slice(0, limit - 2)} …`;
}
