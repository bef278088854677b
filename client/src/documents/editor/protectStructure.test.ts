import { buildInitialContent, documentSchema, getProposalTemplate } from "@tavolo/shared";
import { Transform } from "@tiptap/pm/transform";
import { describe, expect, it } from "vitest";
import { structureOf } from "./protectStructure.ts";

const proposal = () =>
  documentSchema().nodeFromJSON(buildInitialContent(getProposalTemplate("proposta-art55")));

describe("structureOf", () => {
  it("lists the sections and blocks of a new proposal in order", () => {
    const lines = structureOf(proposal()).split("\n");
    expect(lines[0]).toBe("h:analisi_contesto:Analisi del contesto e dei bisogni");
    expect(lines).toContain("b:piano_economico");
    expect(lines).toHaveLength(13);
  });

  it("does not change when text is written in a section", () => {
    const doc = proposal();
    const insideFirstParagraph = doc.child(0).nodeSize + 1;
    const typed = new Transform(doc).insert(
      insideFirstParagraph,
      documentSchema().text("Quaranta nuclei"),
    ).doc;
    expect(typed.textContent).toContain("Quaranta nuclei");
    expect(structureOf(typed)).toBe(structureOf(doc));
  });

  it("changes when a heading is removed or its title retyped", () => {
    const doc = proposal();
    const heading = doc.child(0);
    const removed = new Transform(doc).delete(0, heading.nodeSize).doc;
    expect(structureOf(removed)).not.toBe(structureOf(doc));
    const retyped = new Transform(doc).insert(1, documentSchema().text("Nuova ")).doc;
    expect(structureOf(retyped)).not.toBe(structureOf(doc));
  });
});
