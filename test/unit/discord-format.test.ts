import { describe, expect, it } from "vitest";
import { previewText, splitDiscordMessage, toDiscordMarkdown } from "../../adapters/discord/format.js";

/** Checks that every piece has balanced fences. */
function fencesBalanced(piece: string): boolean {
  return (piece.match(/^\s*```/gm) ?? []).length % 2 === 0;
}

describe("toDiscordMarkdown", () => {
  it("keeps standard markdown and never escapes formatting", () => {
    const md = "# Title\n**bold** *it* ~~s~~ `code` [link](https://x.y)\n- a\n- b\n> quote";
    expect(toDiscordMarkdown(md)).toBe(md);
  });

  it("turns a table into an aligned code block", () => {
    const out = toDiscordMarkdown("Intro\n\n| Name | **Qty** |\n|---|---:|\n| apple | 3 |\n| kiwi | 12 |\n\nAfter");
    expect(out).toBe(["Intro", "", "```", "Name  | Qty", "------+----", "apple | 3", "kiwi  | 12", "```", "", "After"].join("\n"));
  });

  it("leaves code blocks alone, bolds deep headings and drops horizontal rules", () => {
    const md = "```md\n| a | b |\n|---|---|\n#### not a heading\n```\n#### Deep\n---\n![cat](https://img/cat.png)";
    expect(toDiscordMarkdown(md)).toBe("```md\n| a | b |\n|---|---|\n#### not a heading\n```\n**Deep**\n\n[cat](https://img/cat.png)");
  });
});

describe("splitDiscordMessage", () => {
  it("returns short text as one piece", () => {
    expect(splitDiscordMessage("hello")).toEqual(["hello"]);
    expect(splitDiscordMessage("   ")).toEqual([]);
  });

  it("splits a 4,500-character answer at paragraph boundaries, in order, each at most 2000", () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ` + "word ".repeat(28));
    const text = paragraphs.join("\n\n");
    expect(text.length).toBeGreaterThan(4500);
    const pieces = splitDiscordMessage(text);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(2000);
    for (const p of pieces) expect(p.startsWith("Paragraph")).toBe(true);
    expect(pieces.join("\n\n").replace(/\s+/g, " ").trim()).toBe(text.replace(/\s+/g, " ").trim());
  });

  it("closes a code fence cut in two and reopens it with the same language", () => {
    const code = Array.from({ length: 120 }, (_, i) => `console.log("line ${i} of the program");`).join("\n");
    const text = `Here is the code:\n\n\`\`\`ts\n${code}\n\`\`\`\n\nDone.`;
    const pieces = splitDiscordMessage(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(fencesBalanced(p)).toBe(true);
    }
    expect(pieces[1]!.startsWith("```ts\n")).toBe(true);
    const lines = pieces.join("\n").split("\n").filter((l) => l.startsWith("console.log"));
    expect(lines).toEqual(code.split("\n"));
  });

  it("hard-wraps a single enormous line", () => {
    const pieces = splitDiscordMessage("x".repeat(5000));
    expect(pieces.join("")).toBe("x".repeat(5000));
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(2000);
  });

  it("respects a smaller limit", () => {
    const pieces = splitDiscordMessage("aaa bbb\nccc ddd\neee fff\nggg", 16);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(16);
    expect(pieces.join("\n")).toBe("aaa bbb\nccc ddd\neee fff\nggg");
  });
});

describe("previewText", () => {
  it("cuts a long stream preview to fit", () => {
    expect(previewText("a".repeat(2500)).length).toBeLessThanOrEqual(2000);
    expect(previewText(" hi ")).toBe("hi");
  });
});
