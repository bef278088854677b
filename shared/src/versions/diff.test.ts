import { describe, expect, it } from "vitest";
import { CANONICAL_FORMAT, type CanonicalDocument } from "../proposal/canonical-document.ts";
import type { PMNodeJSON } from "../proposal/prosemirror-json.ts";
import { diffDocuments, diffLines } from "./diff.ts";

const heading = (key: string, title: string): PMNodeJSON => ({
  type: "sectionHeading",
  attrs: { sectionKey: key },
  content: [{ type: "text", text: title }],
});
const paragraph = (text: string): PMNodeJSON => ({
  type: "paragraph",
  content: text ? [{ type: "text", text }] : [],
});
const table = (id: string): PMNodeJSON => ({
  type: "structuredBlock",
  attrs: { blockId: id, blockType: "pianoEconomico" },
});

function doc(nodes: PMNodeJSON[], items: number): CanonicalDocument {
  const piano = { type: "pianoEconomico" as const, items: [] as never[] };
  return {
    format: CANONICAL_FORMAT,
    templateId: null,
    templateVersion: null,
    content: { type: "doc", content: nodes },
    blocks: { piano: { ...piano, items: Array(items).fill(null) as never[] } },
  };
}

describe("diffLines", () => {
  it("keeps the common lines and marks what was removed and added", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c", "d"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      {
        kind: "added",
        text: "x",
        words: [
          { kind: "removed", text: "b" },
          { kind: "added", text: "x" },
        ],
      },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });
});

describe("diffLines on long texts", () => {
  it("shows lines typed anew as added, however many", () => {
    const kept = Array.from({ length: 3000 }, (_, i) => `riga ${i}`);
    const pasted = Array.from({ length: 3000 }, (_, i) => `nuova ${i}`);
    const changes = diffLines(kept, [...pasted, ...kept]);
    expect(changes.filter((c) => c.kind === "added").map((c) => c.text)).toEqual(pasted);
    expect(changes.filter((c) => c.kind === "same")).toHaveLength(3000);
  });

  it("shows a section with too many edits as removed and added whole", () => {
    const before = Array.from({ length: 1600 }, (_, i) => `riga ${i}`);
    const after = [...before].reverse();
    const changes = diffLines(before, after);
    expect(changes.slice(0, 1600).every((c) => c.kind === "removed")).toBe(true);
    expect(changes.slice(1600).map((c) => c.text)).toEqual(after);
  });
});

describe("diffDocuments", () => {
  it("reports changed text, changed tables, added and removed sections by key", () => {
    const before = doc(
      [
        heading("obiettivi", "Obiettivi"),
        paragraph("Casa"),
        heading("vecchia", "Vecchia"),
        paragraph("x"),
        heading("piano", "Piano"),
        table("piano"),
      ],
      0,
    );
    const after = doc(
      [
        heading("obiettivi", "Obiettivi"),
        paragraph("Casa per tutti"),
        heading("piano", "Piano"),
        table("piano"),
        heading("nuova", "Nuova"),
      ],
      1,
    );
    const diffs = diffDocuments(before, after);
    expect(diffs.map((d) => [d.sectionKey, d.status])).toEqual([
      ["obiettivi", "changed"],
      ["piano", "changed"],
      ["nuova", "added"],
      ["vecchia", "removed"],
    ]);
    expect(diffs[0]?.lines).toEqual([
      { kind: "removed", text: "Casa" },
      {
        kind: "added",
        text: "Casa per tutti",
        words: [
          { kind: "same", text: "Casa" },
          { kind: "added", text: " per tutti" },
        ],
      },
    ]);
    expect(diffs[1]?.blocksChanged).toEqual(["piano"]);
    expect(diffDocuments(after, after).every((d) => d.status === "same")).toBe(true);
  });
});
