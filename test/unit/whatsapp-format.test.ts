import { describe, expect, it } from "vitest";
import { WHATSAPP_TEXT_LIMIT, markdownToWhatsApp, renderWhatsAppChunks } from "../../adapters/whatsapp/format.js";

/** Markers balanced outside monospace blocks and inline code: every `*`, `_`, `~` count is even. */
function balanced(text: string): boolean {
  const outside = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return ["*", "_", "~"].every((m) => (outside.split(m).length - 1) % 2 === 0);
}

describe("markdownToWhatsApp", () => {
  it("renders emphasis in WhatsApp's dialect", () => {
    expect(markdownToWhatsApp("**bold** and *it* and ~~gone~~")).toBe("*bold* and _it_ and ~gone~");
    expect(markdownToWhatsApp("__bold__ _it_")).toBe("*bold* _it_");
  });

  it("keeps whitespace outside markers and nests styles", () => {
    expect(markdownToWhatsApp("**bold _both_**")).toBe("*bold* *_both_*");
  });

  it("renders headings as bold lines, links as text (url), inline code as-is", () => {
    expect(markdownToWhatsApp("# Title\n\nSee [the docs](https://example.org/d) or https://example.org, run `npm test`."))
      .toBe("*Title*\n\nSee the docs (https://example.org/d) or https://example.org, run `npm test`.");
  });

  it("renders lists with - and numbers, nested by indentation", () => {
    expect(markdownToWhatsApp("- one\n- **two**\n  1. a\n  2. b\n\n3. x\n4. y")).toBe("- one\n- *two*\n  1. a\n  2. b\n\n3. x\n4. y");
  });

  it("renders code blocks as monospace blocks without the language tag", () => {
    expect(markdownToWhatsApp("```ts\nconst a = 1 * 2;\n```")).toBe("```const a = 1 * 2;```");
  });

  it("renders quotes and tables readably", () => {
    expect(markdownToWhatsApp("> quoted **x**")).toBe("> quoted *x*");
    expect(markdownToWhatsApp("| a | b |\n|---|---|\n| 1 | 2 |")).toBe("*a* | *b*\n1 | 2");
  });

  it("does not double-encode entities", () => {
    expect(markdownToWhatsApp("a & b < c `x && y`")).toBe("a & b < c `x && y`");
  });
});

describe("renderWhatsAppChunks", () => {
  it("keeps short answers in one message", () => {
    expect(renderWhatsAppChunks("Hello **there**")).toEqual(["Hello *there*"]);
  });

  it("splits a 6,000-character answer into parts of at most 4,096 with formatting intact", () => {
    const paragraph = "Some **important words** and _gentle emphasis_ in a sentence that goes on. ".repeat(12);
    const code = "```\n" + Array.from({ length: 30 }, (_, i) => `line ${i} * not bold *`).join("\n") + "\n```";
    const markdown = [paragraph, paragraph, code, paragraph, paragraph, paragraph, paragraph, paragraph].join("\n\n");
    expect(markdown.length).toBeGreaterThan(6000);
    const chunks = renderWhatsAppChunks(markdown);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
      expect(balanced(chunk)).toBe(true);
      expect((chunk.match(/```/g) ?? []).length % 2).toBe(0);
    }
    expect(chunks.join("\n\n").replace(/\s+/g, " ")).toBe(markdownToWhatsApp(markdown).replace(/\s+/g, " "));
  });

  it("closes and reopens a bold span that is longer than one message", () => {
    const chunks = renderWhatsAppChunks(`**${"word ".repeat(1800)}end**`);
    expect(chunks.length).toBe(3);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
      expect(chunk.startsWith("*")).toBe(true);
      expect(balanced(chunk)).toBe(true);
    }
  });

  it("splits an over-long code block into several complete monospace blocks", () => {
    const code = "```\n" + Array.from({ length: 400 }, (_, i) => `const value${i} = ${i};`).join("\n") + "\n```";
    const chunks = renderWhatsAppChunks(code, 2000);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(2000);
      expect(chunk.startsWith("```") && chunk.endsWith("```")).toBe(true);
    }
  });
});
