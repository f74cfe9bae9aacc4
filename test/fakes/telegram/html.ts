/** Tags Telegram's HTML parse mode accepts. */
const ALLOWED = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"]);
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Parses Telegram HTML like the Bot API does: returns the visible text, or the "can't parse entities" reason. */
export function parseTelegramHtml(html: string): { ok: true; text: string } | { ok: false; error: string } {
  const stack: string[] = [];
  let text = "";
  let i = 0;
  const fail = (why: string) => ({ ok: false as const, error: `Bad Request: can't parse entities: ${why} at byte offset ${i}` });
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      if (end < 0) return fail("Can't find end of the tag");
      const inner = html.slice(i + 1, end);
      const m = /^(\/?)([a-z-]+)(\s[^<>]*)?$/i.exec(inner);
      if (!m) return fail(`Unsupported start tag "${inner.slice(0, 20)}"`);
      const [, closing, rawName, attrs = ""] = m;
      const name = rawName!.toLowerCase();
      if (!ALLOWED.has(name)) return fail(`Unsupported start tag "${name}"`);
      if (closing) {
        if (stack[stack.length - 1] !== name) return fail(`Unmatched end tag "${name}"`);
        stack.pop();
      } else {
        const inCode = stack.includes("code") || stack.includes("pre");
        if (inCode && !(name === "code" && stack[stack.length - 1] === "pre")) return fail(`Entities can't be nested in "${stack[stack.length - 1]}"`);
        if (name === "a" && !/href="[^"]*"/.test(attrs)) return fail("Link without href");
        if (name === "blockquote" && stack.includes("blockquote")) return fail("Blockquotes can't be nested");
        stack.push(name);
      }
      i = end + 1;
      continue;
    }
    if (ch === ">") return fail("Unexpected >");
    if (ch === "&") {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(html.slice(i, i + 12));
      if (!m) return fail("Character entity expected");
      const name = m[1]!;
      text += ENTITIES[name.toLowerCase()] ?? String.fromCodePoint(name.startsWith("#x") || name.startsWith("#X") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      i += m[0].length;
      continue;
    }
    text += ch;
    i++;
  }
  if (stack.length > 0) return fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`);
  return { ok: true, text };
}
