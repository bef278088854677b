import { describe, expect, it } from "vitest";
import { inlineRuns, openableHref } from "./inline-runs.ts";

describe("inline runs", () => {
  it("keep each mark and join neighbours that look the same", () => {
    const runs = inlineRuns([
      { type: "text", text: "a", marks: [{ type: "bold" }] },
      { type: "text", text: "b", marks: [{ type: "bold" }, { type: "comment" }] },
      { type: "hardBreak" },
      { type: "text", text: "c", marks: [{ type: "italic" }, { type: "underline" }] },
    ]);
    expect(runs.map((r) => [r.text, r.marks])).toEqual([
      ["ab", { bold: true, italic: false, underline: false, strike: false }],
      ["\n", { bold: false, italic: false, underline: false, strike: false }],
      ["c", { bold: false, italic: true, underline: true, strike: false }],
    ]);
  });

  it("make only web and mail addresses clickable; anything else prints as text", () => {
    const link = (href: string) =>
      inlineRuns([{ type: "text", text: "qui", marks: [{ type: "link", attrs: { href } }] }])[0]
        ?.link;
    expect(link("https://example.org/a?b=1&c=2")).toBe("https://example.org/a?b=1&c=2");
    expect(link("mailto:ufficio@comune.example")).toBe("mailto:ufficio@comune.example");
    expect(link("javascript:alert(1)")).toBeNull();
    expect(link("data:text/html,<b>x</b>")).toBeNull();
    expect(openableHref(42)).toBeNull();
  });
});
