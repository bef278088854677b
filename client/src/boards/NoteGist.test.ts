import { describe, expect, it } from "vitest";
import { gistOf } from "./NoteGist.tsx";

describe("a note's gist", () => {
  it("is the whole text when short", () => {
    expect(gistOf("Più panchine al parco")).toBe("Più panchine al parco");
  });
  it("cuts a long text after its last whole word, with an ellipsis", () => {
    const text =
      "Servono più panchine e fontanelle lungo il viale, soprattutto vicino alla scuola elementare";
    const gist = gistOf(text);
    expect(gist).toBe("Servono più panchine e fontanelle lungo il viale,…");
    expect(text.startsWith(gist.slice(0, -1))).toBe(true);
  });
  it("cuts a single very long word at the limit", () => {
    expect(gistOf("a".repeat(100))).toBe(`${"a".repeat(60)}…`);
  });
});
