import { buildInitialContent, documentSchema, getProposalTemplate } from "@tavolo/shared";
import { Slice } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { withoutStructure } from "./pastedStructure.ts";
import { structureOf } from "./protectStructure.ts";

const proposal = () =>
  documentSchema().nodeFromJSON(buildInitialContent(getProposalTemplate("proposta-art55")));

describe("withoutStructure", () => {
  it("turns copied section headings into paragraphs and leaves copied blocks out", () => {
    const doc = proposal();
    const copied = withoutStructure(doc.slice(0, doc.content.size));
    const types: string[] = [];
    copied.content.forEach((node) => {
      types.push(node.type.name);
    });
    expect(types).not.toContain("sectionHeading");
    expect(types).not.toContain("structuredBlock");
    expect(copied.content.firstChild?.textContent).toBe("Analisi del contesto e dei bisogni");
    expect(structureOf(documentSchema().node("doc", null, copied.content))).toBe("");
  });

  it("gives back plain text slices as they are", () => {
    const slice = new Slice(
      documentSchema().node("paragraph", null, documentSchema().text("Quaranta nuclei")).content,
      0,
      0,
    );
    expect(withoutStructure(slice)).toBe(slice);
  });
});
