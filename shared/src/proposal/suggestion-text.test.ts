import { describe, expect, it } from "vitest";
import type { PMNodeJSON } from "./prosemirror-json.ts";
import type { SuggestionAttrs } from "./suggestion-marks.ts";
import { pendingSuggestions, withoutSuggestions } from "./suggestion-text.ts";

const sara: SuggestionAttrs = {
  id: "s1",
  authorId: "p-sara",
  authorName: "Sara Neri",
  organisationId: "girasole",
  createdAt: "2026-12-03T18:00:00.000Z",
};

const doc: PMNodeJSON = {
  type: "doc",
  content: [
    {
      type: "sectionHeading",
      attrs: { sectionKey: "obiettivi" },
      content: [{ type: "text", text: "Obiettivi" }],
    },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Ridurre " },
        {
          type: "text",
          text: "molto ",
          marks: [{ type: "insertion", attrs: sara }, { type: "bold" }],
        },
        {
          type: "text",
          text: "i tempi",
          marks: [{ type: "deletion", attrs: { ...sara, id: "s2" } }],
        },
        { type: "text", text: " di attesa" },
        { type: "text", text: " e i costi", marks: [{ type: "insertion", attrs: sara }] },
      ],
    },
  ],
};

describe("pending suggestions", () => {
  it("are listed in reading order, the pieces of one suggestion joined, with their section", () => {
    expect(
      pendingSuggestions(doc).map(({ kind, id, text, sectionKey }) => ({
        kind,
        id,
        text,
        sectionKey,
      })),
    ).toEqual([
      { kind: "insertion", id: "s1", text: "molto  e i costi", sectionKey: "obiettivi" },
      { kind: "deletion", id: "s2", text: "i tempi", sectionKey: "obiettivi" },
    ]);
  });

  it("are left out of the text as if rejected: insertions dropped, deletions kept as text", () => {
    const paragraph = withoutSuggestions(doc).content?.[1];
    expect(paragraph?.content).toEqual([
      { type: "text", text: "Ridurre " },
      { type: "text", text: "i tempi" },
      { type: "text", text: " di attesa" },
    ]);
  });
});
