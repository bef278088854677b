import { describe, expect, it } from "vitest";
import type { PMNodeJSON } from "./prosemirror-json.ts";
import {
  countCharacters,
  overLimitSections,
  plainText,
  sectionCharCounts,
  sectionTexts,
} from "./section-text.ts";

const text = (value: string): PMNodeJSON => ({ type: "text", text: value });
const p = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "paragraph", content });
const heading = (sectionKey: string, title: string): PMNodeJSON => ({
  type: "sectionHeading",
  attrs: { sectionKey },
  content: [text(title)],
});
const doc = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: "doc", content });

describe("character counting", () => {
  it("count spaces, and accented letters once however they were typed", () => {
    expect(countCharacters("Città aperta")).toBe(12);
    expect(countCharacters("Citta\u0300 aperta")).toBe(12);
  });

  it("count an emoji as one character", () => {
    expect(countCharacters("casa 🏠")).toBe(6);
  });

  it("join paragraphs with one line break and count hard breaks as one", () => {
    const nodes = [p(text("Uno")), p(), p(text("Due"), { type: "hardBreak" }, text("Tre"))];
    expect(plainText(nodes)).toBe("Uno\n\nDue\nTre");
    expect(countCharacters(plainText(nodes))).toBe(12);
  });

  it("skip empty lines at the edges of a section", () => {
    expect(plainText([p(), p(text("Testo")), p(), p()])).toBe("Testo");
  });

  it("count list items' text but not their bullets, and no characters for a table block", () => {
    const list: PMNodeJSON = {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("Mensa"))] },
        { type: "listItem", content: [p(text("Docce"))] },
      ],
    };
    const block: PMNodeJSON = {
      type: "structuredBlock",
      attrs: { blockType: "pianoEconomico", blockId: "piano_economico" },
    };
    expect(plainText([p(text("Servizi:")), list, block, p(text("Fine"))])).toBe(
      "Servizi:\nMensa\nDocce\nFine",
    );
  });
});

describe("sections", () => {
  const document = doc(
    p(text("Premessa")),
    heading("obiettivi", "Obiettivi generali e specifici"),
    p(text("Ridurre la marginalità.")),
    heading("destinatari", "Destinatari"),
    p(text("Trenta nuclei.")),
  );

  it("split the text at section headings, not counting the heading", () => {
    expect(sectionTexts(document)).toEqual([
      { sectionKey: null, text: "Premessa" },
      { sectionKey: "obiettivi", text: "Ridurre la marginalità." },
      { sectionKey: "destinatari", text: "Trenta nuclei." },
    ]);
    expect(sectionCharCounts(document)).toEqual({ obiettivi: 23, destinatari: 14 });
  });

  it("tell which sections are over their limit and by how much", () => {
    expect(overLimitSections(document, { obiettivi: 20, destinatari: 14, altro: 1 })).toEqual([
      { sectionKey: "obiettivi", count: 23, limit: 20, excess: 3 },
    ]);
    expect(overLimitSections(document, { obiettivi: null })).toEqual([]);
  });

  it("add up a section whose heading was pasted twice", () => {
    const twice = doc(
      heading("obiettivi", "A"),
      p(text("abc")),
      heading("obiettivi", "A"),
      p(text("de")),
    );
    expect(sectionCharCounts(twice)).toEqual({ obiettivi: 5 });
  });
});
