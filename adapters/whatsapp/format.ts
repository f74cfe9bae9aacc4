import { Lexer, type Token, type Tokens } from "marked";

/** WhatsApp's per-message text limit used when splitting answers. */
export const WHATSAPP_TEXT_LIMIT = 4096;

type Style = "b" | "i" | "s";
/** A stretch of text with one set of styles; rendered on its own so a split between or inside runs never breaks a marker. */
interface Run {
  text: string;
  styles: Style[];
  code?: boolean;
}
/** A rendered line: a plain prefix (list marker, indentation, quote) plus styled runs. */
interface Line {
  prefix: string;
  runs: Run[];
}
type Block = { kind: "lines"; lines: Line[] } | { kind: "code"; code: string };

const MARKERS: Record<Style, string> = { b: "*", i: "_", s: "~" };
const ORDER: Style[] = ["b", "i", "s"];

function withStyle(styles: Style[], add: Style): Style[] {
  return styles.includes(add) ? styles : [...styles, add];
}

/** Inline tokens to lines of runs (a `br` or a newline in text starts a new line). */
function inline(tokens: Token[] | undefined, styles: Style[], out: Run[][]): void {
  const push = (run: Run) => {
    const parts = run.text.split("\n");
    parts.forEach((text, i) => {
      if (i > 0) out.push([]);
      if (text) out[out.length - 1]!.push({ ...run, text });
    });
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        inline((token as Tokens.Strong).tokens, withStyle(styles, "b"), out);
        break;
      case "em":
        inline((token as Tokens.Em).tokens, withStyle(styles, "i"), out);
        break;
      case "del":
        inline((token as Tokens.Del).tokens, withStyle(styles, "s"), out);
        break;
      case "codespan":
        push({ text: decodeEntities((token as Tokens.Codespan).text), styles: [], code: true });
        break;
      case "br":
        out.push([]);
        break;
      case "link": {
        const link = token as Tokens.Link;
        inline(link.tokens, styles, out);
        const href = link.href.replace(/^mailto:/, "");
        if (href && href !== link.text) push({ text: ` (${href})`, styles: [] });
        break;
      }
      case "image": {
        const image = token as Tokens.Image;
        push({ text: image.text ? `${image.text} (${image.href})` : image.href, styles });
        break;
      }
      case "text": {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) inline(text.tokens, styles, out);
        else push({ text: decodeEntities(text.text), styles });
        break;
      }
      case "escape":
        push({ text: (token as Tokens.Escape).text, styles });
        break;
      case "checkbox":
        push({ text: (token as Tokens.Checkbox).checked ? "☑ " : "☐ ", styles: [] });
        break;
      default:
        push({ text: "raw" in token && typeof token.raw === "string" ? token.raw : "", styles });
    }
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? _m);
}

function inlineLines(tokens: Token[] | undefined, styles: Style[] = []): Line[] {
  const out: Run[][] = [[]];
  inline(tokens, styles, out);
  return out.map((runs) => ({ prefix: "", runs }));
}

function prefixed(blocks: Block[], first: string, rest: string): Block[] {
  let used = false;
  return blocks.map((block) => {
    if (block.kind === "code") return block;
    return {
      kind: "lines",
      lines: block.lines.map((line) => {
        const p = used ? rest : first;
        used = true;
        return { prefix: p + line.prefix, runs: line.runs };
      }),
    };
  });
}

function listBlocks(list: Tokens.List): Block[] {
  const start = typeof list.start === "number" ? list.start : 1;
  const lines: Line[] = [];
  const out: Block[] = [];
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}. ` : "- ";
    const children = prefixed(blocks(item.tokens), marker, " ".repeat(marker.length));
    for (const child of children) {
      if (child.kind === "lines") lines.push(...child.lines);
      else {
        if (lines.length > 0) out.push({ kind: "lines", lines: lines.splice(0) });
        out.push(child);
      }
    }
  });
  if (lines.length > 0) out.push({ kind: "lines", lines });
  // Tight lists: consecutive line blocks of one list stay one block.
  return out;
}

function tableLines(table: Tokens.Table): Line[] {
  const row = (cells: Tokens.TableCell[], styles: Style[]): Line => {
    const runs: Run[] = [];
    cells.forEach((cell, i) => {
      if (i > 0) runs.push({ text: " | ", styles: [] });
      for (const l of inlineLines(cell.tokens, styles)) runs.push(...l.runs);
    });
    return { prefix: "", runs };
  };
  return [row(table.header, ["b"]), ...table.rows.map((r) => row(r, []))];
}

/** Block tokens to blocks. */
function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "def":
        break;
      case "paragraph":
      case "text":
        out.push({ kind: "lines", lines: inlineLines((token as Tokens.Paragraph).tokens ?? [{ type: "text", raw: token.raw, text: token.raw } as Tokens.Text]) });
        break;
      case "heading":
        out.push({ kind: "lines", lines: inlineLines((token as Tokens.Heading).tokens, ["b"]) });
        break;
      case "code": {
        out.push({ kind: "code", code: (token as Tokens.Code).text });
        break;
      }
      case "list":
        out.push(...listBlocks(token as Tokens.List));
        break;
      case "blockquote":
        out.push(...prefixed(blocks((token as Tokens.Blockquote).tokens), "> ", "> "));
        break;
      case "hr":
        out.push({ kind: "lines", lines: [{ prefix: "", runs: [{ text: "———", styles: [] }] }] });
        break;
      case "table":
        out.push({ kind: "lines", lines: tableLines(token as Tokens.Table) });
        break;
      default:
        out.push({ kind: "lines", lines: token.raw.trim().split("\n").map((text) => ({ prefix: "", runs: [{ text, styles: [] }] })) });
    }
  }
  return out;
}

/** One run with its own markers; whitespace stays outside them because WhatsApp ignores `*bold *`. */
function renderRun(run: Run): string {
  if (run.code) return run.text.includes("`") || run.text.includes("\n") ? run.text : `\`${run.text}\``;
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  const core = m[2]!;
  if (!core || run.styles.length === 0) return run.text;
  const styles = ORDER.filter((s) => run.styles.includes(s));
  const open = styles.map((s) => MARKERS[s]).join("");
  const close = [...styles].reverse().map((s) => MARKERS[s]).join("");
  return `${m[1]}${open}${core}${close}${m[3]}`;
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !last.code && !run.code && last.styles.join() === run.styles.join()) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function renderLine(line: Line): string {
  return line.prefix + mergeRuns(line.runs).map(renderRun).join("");
}

/** WhatsApp has no language tag on monospace blocks; the tag is dropped. */
function fence(code: string): string {
  return `\`\`\`${code}\`\`\``;
}

/** Parses markdown with marked's lexer into WhatsApp's own blocks. */
function parse(markdown: string): Block[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown));
}

/** Renders markdown as one WhatsApp-formatted text (`*bold*`, `_italic_`, `~strike~`, ```monospace```, `- `/`1.` lists). */
export function markdownToWhatsApp(markdown: string): string {
  return parse(markdown)
    .map((b) => (b.kind === "code" ? fence(b.code) : b.lines.map(renderLine).join("\n")))
    .join("\n\n")
    .trim();
}

/** How much of `text` fits in `room` characters, preferring to cut after whitespace. */
function fitLength(text: string, room: number): number {
  if (text.length <= room) return text.length;
  if (room <= 0) return 0;
  const cut = text.slice(0, room).search(/\s\S*$/);
  return cut > room / 2 ? cut + 1 : room;
}

/** Splits one over-long line into self-contained pieces (each run piece keeps its own markers). */
function splitLine(line: Line, limit: number): string[] {
  const pieces: string[] = [];
  let current = line.prefix;
  const budget = Math.max(16, limit - 8);
  for (const run of mergeRuns(line.runs)) {
    let rest = run.text;
    while (rest.length > 0) {
      const take = fitLength(rest, budget - current.length);
      if (take === 0) {
        pieces.push(current);
        current = "";
        continue;
      }
      current += renderRun({ ...run, text: rest.slice(0, take) });
      rest = rest.slice(take);
      if (rest.length > 0) {
        pieces.push(current);
        current = "";
      }
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** Atoms: self-contained rendered pieces, each within `limit`; `sep` is what joins it to the previous atom. */
function atoms(block: Block, limit: number): { text: string; sep: string }[] {
  if (block.kind === "code") {
    const whole = fence(block.code);
    if (whole.length <= limit) return [{ text: whole, sep: "\n\n" }];
    const room = limit - fence("").length;
    const out: string[] = [];
    let current = "";
    for (const line of block.code.split("\n")) {
      for (let rest = line; ; ) {
        const piece = rest.slice(0, room);
        rest = rest.slice(piece.length);
        if (current && current.length + 1 + piece.length > room) {
          out.push(current);
          current = "";
        }
        current = current ? `${current}\n${piece}` : piece;
        if (!rest) break;
      }
    }
    if (current) out.push(current);
    return out.map((code, i) => ({ text: fence(code), sep: i === 0 ? "\n\n" : "\n" }));
  }
  const out: { text: string; sep: string }[] = [];
  for (const line of block.lines) {
    const rendered = renderLine(line);
    const parts = rendered.length <= limit ? [rendered] : splitLine(line, limit);
    for (const text of parts) out.push({ text, sep: out.length === 0 ? "\n\n" : "\n" });
  }
  return out;
}

/** Renders markdown and splits it into messages of at most `limit` characters, never inside a formatting span or a code fence. */
export function renderWhatsAppChunks(markdown: string, limit = WHATSAPP_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const block of parse(markdown)) {
    for (const atom of atoms(block, limit)) {
      if (!current) current = atom.text;
      else if (current.length + atom.sep.length + atom.text.length <= limit) current += atom.sep + atom.text;
      else {
        chunks.push(current);
        current = atom.text;
      }
    }
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks.length > 0 ? chunks : [];
}
