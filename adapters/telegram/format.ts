import { marked, type Token, type Tokens } from "marked";

/** Telegram's limit on one message's text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** One Telegram HTML formatting tag; `attr` is the already-escaped attribute string (` href="..."`). */
export interface Tag {
  name: "b" | "i" | "s" | "u" | "code" | "pre" | "a" | "blockquote";
  attr?: string;
}

/** A stretch of visible text with the tags that wrap it, outermost first. */
export interface Run {
  text: string;
  tags: readonly Tag[];
}

/** One message-sized piece: Telegram HTML, and the same text without markup for the plain-text fallback. */
export interface Piece {
  html: string;
  text: string;
}

/** Escapes text for Telegram HTML (`<`, `>`, `&`). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

const SAFE_HREF = /^(https?:\/\/|tg:\/\/|mailto:)/i;

class RunBuilder {
  readonly runs: Run[] = [];
  push(text: string, tags: readonly Tag[]): void {
    if (text.length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && sameTags(last.tags, tags)) last.text += text;
    else this.runs.push({ text, tags });
  }
}

function sameTag(a: Tag, b: Tag): boolean {
  return a.name === b.name && (a.attr ?? "") === (b.attr ?? "");
}

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  return a.length === b.length && a.every((t, i) => sameTag(t, b[i]!));
}

function inline(tokens: Token[] | undefined, tags: readonly Tag[], out: RunBuilder): void {
  for (const token of tokens ?? []) inlineToken(token, tags, out);
}

function inlineToken(token: Token, tags: readonly Tag[], out: RunBuilder): void {
  switch (token.type) {
    case "strong":
      return inline((token as Tokens.Strong).tokens, [...tags, { name: "b" }], out);
    case "em":
      return inline((token as Tokens.Em).tokens, [...tags, { name: "i" }], out);
    case "del":
      return inline((token as Tokens.Del).tokens, [...tags, { name: "s" }], out);
    case "codespan":
      return out.push((token as Tokens.Codespan).text, [...tags, { name: "code" }]);
    case "br":
      return out.push("\n", tags);
    case "link": {
      const link = token as Tokens.Link;
      if (!SAFE_HREF.test(link.href)) return inline(link.tokens, tags, out);
      return inline(link.tokens, [...tags, { name: "a", attr: ` href="${escapeAttr(link.href)}"` }], out);
    }
    case "image": {
      const image = token as Tokens.Image;
      const label = image.text || image.href;
      if (!SAFE_HREF.test(image.href)) return out.push(label, tags);
      return out.push(label, [...tags, { name: "a", attr: ` href="${escapeAttr(image.href)}"` }]);
    }
    case "text": {
      const text = token as Tokens.Text;
      if (text.tokens && text.tokens.length > 0) return inline(text.tokens, tags, out);
      return out.push(text.text, tags);
    }
    case "escape":
    case "html":
      return out.push((token as Tokens.Escape | Tokens.HTML).text, tags);
    case "checkbox":
      return;
    default:
      if ("raw" in token && typeof token.raw === "string") out.push(token.raw, tags);
  }
}

function blocks(tokens: Token[], tags: readonly Tag[], out: RunBuilder, depth: number, separator: string): void {
  let first = true;
  for (const token of tokens) {
    if (token.type === "space" || token.type === "def") continue;
    if (!first) out.push(separator, tags);
    first = false;
    block(token, tags, out, depth);
  }
}

function block(token: Token, tags: readonly Tag[], out: RunBuilder, depth: number): void {
  switch (token.type) {
    case "paragraph":
      return inline((token as Tokens.Paragraph).tokens, tags, out);
    case "heading":
      return inline((token as Tokens.Heading).tokens, [...tags, { name: "b" }], out);
    case "code": {
      const code = token as Tokens.Code;
      const lang = (code.lang ?? "").trim().split(/\s+/)[0] ?? "";
      const codeTag: Tag = /^[A-Za-z0-9_+#.-]{1,30}$/.test(lang) ? { name: "code", attr: ` class="language-${lang}"` } : { name: "code" };
      return out.push(code.text, [...tags, { name: "pre" }, codeTag]);
    }
    case "blockquote":
      return blocks((token as Tokens.Blockquote).tokens, [...tags, { name: "blockquote" }], out, depth, "\n\n");
    case "list":
      return list(token as Tokens.List, tags, out, depth);
    case "hr":
      return out.push("——————", tags);
    case "table":
      return table(token as Tokens.Table, tags, out);
    case "text": {
      const text = token as Tokens.Text;
      if (text.tokens) return inline(text.tokens, tags, out);
      return out.push(text.text, tags);
    }
    default:
      if ("raw" in token && typeof token.raw === "string") out.push(token.raw.trim(), tags);
  }
}

function list(token: Tokens.List, tags: readonly Tag[], out: RunBuilder, depth: number): void {
  const start = typeof token.start === "number" ? token.start : 1;
  token.items.forEach((item, index) => {
    if (index > 0) out.push("\n", tags);
    const bullet = token.ordered ? `${start + index}. ` : item.task ? (item.checked ? "☑ " : "☐ ") : "• ";
    out.push("  ".repeat(depth) + bullet, tags);
    let first = true;
    for (const child of item.tokens) {
      if (child.type === "space") continue;
      if (!first) out.push("\n", tags);
      if (child.type === "list") list(child as Tokens.List, tags, out, depth + 1);
      else block(child, tags, out, depth + 1);
      first = false;
    }
  });
}

function cellText(cell: Tokens.TableCell): string {
  const b = new RunBuilder();
  inline(cell.tokens, [], b);
  return b.runs.map((r) => r.text).join("").replace(/\s+/g, " ").trim();
}

function table(token: Tokens.Table, tags: readonly Tag[], out: RunBuilder): void {
  const rows = [token.header.map(cellText), ...token.rows.map((r) => r.map(cellText))];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c] ?? 0)).join(" | ").trimEnd();
  const text = [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.slice(1).map(line)].join("\n");
  out.push(text, [...tags, { name: "pre" }]);
}

/** Parses markdown with marked's lexer into formatted runs of visible text. */
export function markdownToRuns(markdown: string): Run[] {
  const out = new RunBuilder();
  blocks(marked.lexer(markdown), [], out, 0, "\n\n");
  return out.runs;
}

/** Serializes runs into Telegram HTML, opening and closing tags as the runs' tag stacks change. */
export function runsToHtml(runs: readonly Run[]): string {
  let html = "";
  let open: readonly Tag[] = [];
  for (const run of runs) {
    let common = 0;
    while (common < open.length && common < run.tags.length && sameTag(open[common]!, run.tags[common]!)) common++;
    for (let i = open.length - 1; i >= common; i--) html += `</${open[i]!.name}>`;
    for (let i = common; i < run.tags.length; i++) html += `<${run.tags[i]!.name}${run.tags[i]!.attr ?? ""}>`;
    html += escapeHtml(run.text);
    open = run.tags;
  }
  for (let i = open.length - 1; i >= 0; i--) html += `</${open[i]!.name}>`;
  return html;
}

/** The run containing plain-text offset `at`, with its start offset. */
function runAt(runs: readonly Run[], at: number): { run: Run; start: number } | undefined {
  let start = 0;
  for (const run of runs) {
    if (at < start + run.text.length) return { run, start };
    start += run.text.length;
  }
  return undefined;
}

/** Where to end a piece that starts at `start`: a paragraph break, a line break, a space, never inside a link or inline code. */
function chooseCut(plain: string, runs: readonly Run[], start: number, limit: number): number {
  const window = plain.slice(start, start + limit);
  const prefer = [
    { sep: "\n\n", min: limit * 0.5 },
    { sep: "\n", min: limit * 0.3 },
    { sep: " ", min: limit * 0.3 },
  ];
  let cut = start + limit;
  for (const { sep, min } of prefer) {
    const idx = window.lastIndexOf(sep);
    if (idx >= min) {
      cut = start + idx;
      break;
    }
  }
  const code = plain.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const hit = runAt(runs, cut);
  if (hit && hit.start > start && hit.start < cut && hit.run.tags.some((t) => t.name === "a" || (t.name === "code" && !hit.run.tags.some((p) => p.name === "pre")))) {
    cut = hit.start;
  }
  return cut;
}

function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) out.push({ text: run.text.slice(a - start, b - start), tags: run.tags });
    start = end;
  }
  return out;
}

function trimRuns(runs: Run[]): Run[] {
  while (runs.length > 0) {
    const first = runs[0]!;
    const text = first.text.replace(/^\n+/, "");
    if (text.length > 0) {
      runs[0] = { ...first, text };
      break;
    }
    runs.shift();
  }
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!;
    const text = last.text.replace(/\s+$/, "");
    if (text.length > 0) {
      runs[runs.length - 1] = { ...last, text };
      break;
    }
    runs.pop();
  }
  return runs;
}

/** Splits runs into pieces of at most `limit` visible characters; tags open at a cut are closed and reopened in the next piece. */
export function splitRuns(runs: readonly Run[], limit = TELEGRAM_TEXT_LIMIT): Run[][] {
  const plain = runs.map((r) => r.text).join("");
  const pieces: Run[][] = [];
  let start = 0;
  while (start < plain.length) {
    const cut = plain.length - start <= limit ? plain.length : chooseCut(plain, runs, start, limit);
    const piece = trimRuns(sliceRuns(runs, start, cut > start ? cut : start + limit));
    if (piece.length > 0) pieces.push(piece);
    start = cut > start ? cut : start + limit;
  }
  return pieces;
}

/** Renders markdown into Telegram HTML pieces, each within `limit` visible characters. */
export function renderTelegram(markdown: string, limit = TELEGRAM_TEXT_LIMIT): Piece[] {
  return splitRuns(markdownToRuns(markdown), limit).map((runs) => ({ html: runsToHtml(runs), text: runs.map((r) => r.text).join("") }));
}

/** Renders a partial (streamed) answer as one piece: the first piece, marked as continuing when there is more. */
export function renderPreview(markdown: string, limit = TELEGRAM_TEXT_LIMIT): Piece | undefined {
  const pieces = renderTelegram(markdown, limit - 2);
  const first = pieces[0];
  if (!first) return undefined;
  return pieces.length > 1 ? { html: `${first.html} …`, text: `${first.text} …` } : first;
}
