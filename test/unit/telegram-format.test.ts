import { describe, expect, it } from "vitest";
import { markdownToRuns, renderTelegram, runsToHtml } from "../../adapters/telegram/format.js";
import { parseTelegramHtml } from "../fakes/telegram/html.js";

const visible = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html.slice(0, 300)}`);
  return parsed.text;
};

describe("telegram format", () => {
  it("renders markdown to Telegram HTML from the syntax tree, escaping <, > and &", () => {
    const html = runsToHtml(markdownToRuns("Hi **b & <x>** and *it* ~~gone~~ `a<b>&` [link](https://e.com/?a=1&b=2)\n\n# Title"));
    expect(html).toBe(
      'Hi <b>b &amp; &lt;x&gt;</b> and <i>it</i> <s>gone</s> <code>a&lt;b&gt;&amp;</code> <a href="https://e.com/?a=1&amp;b=2">link</a>\n\n<b>Title</b>',
    );
    expect(visible(html)).toContain("b & <x>");
  });

  it("renders code blocks with their language, lists, quotes and tables", () => {
    const html = runsToHtml(markdownToRuns("```js\nif (a < b) {}\n```\n\n- one\n- two\n  1. nested\n\n> quoted *text*\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
    expect(html).toContain('<pre><code class="language-js">if (a &lt; b) {}</code></pre>');
    expect(html).toContain("• one\n• two\n  1. nested");
    expect(html).toContain("<blockquote>quoted <i>text</i></blockquote>");
    expect(html).toContain("<pre>a | b\n--|--\n1 | 2</pre>");
    expect(parseTelegramHtml(html).ok).toBe(true);
  });

  it("never emits unsafe links or raw HTML", () => {
    const html = runsToHtml(markdownToRuns('[x](javascript:alert(1)) <script>alert("x")</script> <b>not bold</b>'));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("href");
    expect(html).toContain("&lt;b&gt;not bold&lt;/b&gt;");
    expect(parseTelegramHtml(html).ok).toBe(true);
  });

  it("splits a 6,000-character answer into pieces of at most 4096 visible characters with tags balanced", () => {
    const para = (i: number) => `Paragraph ${i} has **bold text that goes on** and *italic words* plus \`code\` and more plain words here.`;
    const markdown = Array.from({ length: 60 }, (_, i) => para(i)).join("\n\n");
    expect(markdown.length).toBeGreaterThan(6000);
    const pieces = renderTelegram(markdown);
    expect(pieces.length).toBe(2);
    const texts = pieces.map((p) => visible(p.html));
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
    expect(texts.join("\n\n")).toBe(runsToText(markdown));
    // Split at a paragraph boundary: each piece starts with a paragraph.
    expect(texts[1]!.startsWith("Paragraph ")).toBe(true);
  });

  it("closes and reopens tags at a split inside a long bold span and inside a long code block", () => {
    const bold = `**${"word ".repeat(1200).trim()}**`;
    const pieces = renderTelegram(bold);
    expect(pieces.length).toBe(2);
    for (const p of pieces) {
      expect(p.html.startsWith("<b>")).toBe(true);
      expect(p.html.endsWith("</b>")).toBe(true);
      expect(visible(p.html).length).toBeLessThanOrEqual(4096);
    }
    const code = "```python\n" + Array.from({ length: 400 }, (_, i) => `print("line ${i} <x> & y")`).join("\n") + "\n```";
    const codePieces = renderTelegram(code);
    expect(codePieces.length).toBeGreaterThan(1);
    for (const p of codePieces) {
      expect(p.html.startsWith('<pre><code class="language-python">')).toBe(true);
      expect(p.html.endsWith("</code></pre>")).toBe(true);
      expect(visible(p.html).length).toBeLessThanOrEqual(4096);
    }
    expect(codePieces.map((p) => visible(p.html)).join("\n")).toBe(Array.from({ length: 400 }, (_, i) => `print("line ${i} <x> & y")`).join("\n"));
  });

  it("measures length after entity parsing: an answer full of & and < fits where its HTML would not", () => {
    const markdown = "<&>".repeat(1300);
    const pieces = renderTelegram(markdown);
    expect(pieces.length).toBe(1);
    expect(pieces[0]!.html.length).toBeGreaterThan(4096);
    expect(visible(pieces[0]!.html).length).toBe(3900);
  });

  it("does not cut a surrogate pair or a link", () => {
    const emoji = "😀".repeat(2100);
    const pieces = renderTelegram(emoji);
    expect(pieces.map((p) => visible(p.html)).join("")).toBe(emoji);
    const links = Array.from({ length: 200 }, (_, i) => `[a fairly long link text number ${i}](https://example.com/${i})`).join("");
    for (const p of renderTelegram(links)) {
      expect(parseTelegramHtml(p.html).ok).toBe(true);
      expect(p.html).not.toMatch(/<a [^>]*>[^<]*$/);
    }
  });
});

function runsToText(markdown: string): string {
  return markdownToRuns(markdown).map((r) => r.text).join("");
}
