import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildCanonicalDocument, CANONICAL_FORMAT } from "./canonical-document.ts";
import { canonicalDocumentFromYDoc, documentContentJSON } from "./canonical-ydoc.ts";
import { addActivity } from "./cronoprogramma-yjs.ts";
import {
  assignSection,
  blockMap,
  documentComments,
  documentContent,
  readAllSectionMeta,
  readDocumentMeta,
} from "./document-shape.ts";
import { initialiseDocument } from "./initial-doc.ts";
import { addCostItem } from "./piano-economico-yjs.ts";
import { getProposalTemplate } from "./templates/registry.ts";

function newProposal(): Y.Doc {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"), {
    spanMonths: 18,
    firstMonth: "2025-09",
  });
  return doc;
}

function frozen(doc: Y.Doc) {
  const result = canonicalDocumentFromYDoc(doc);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

function block(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = blockMap(doc, id);
  if (!map) throw new Error(`no block ${id}`);
  return map;
}

describe("a new document", () => {
  it("records its template, limits and empty blocks", () => {
    const doc = newProposal();
    expect(readDocumentMeta(doc)).toEqual({
      formatVersion: 1,
      templateId: "proposta-art55",
      templateVersion: 1,
    });
    expect(readAllSectionMeta(doc).obiettivi).toEqual({
      assignedOrganisationId: null,
      charLimit: 3000,
    });
    expect(frozen(doc).document.blocks.cronoprogramma).toMatchObject({
      spanMonths: 18,
      firstMonth: "2025-09",
    });
    expect(() => initialiseDocument(doc, getProposalTemplate("verbale-seduta"))).toThrow(/already/);
  });

  it("reads back from Yjs the text it was created with", () => {
    const json = documentContentJSON(newProposal());
    expect(json.content?.[0]).toEqual({
      type: "sectionHeading",
      attrs: { sectionKey: "analisi_contesto" },
      content: [{ type: "text", text: "Analisi del contesto e dei bisogni" }],
    });
  });
});

describe("canonical document from a Y.Doc", () => {
  it("is the same for two replicas and includes the blocks' data", () => {
    const doc = newProposal();
    addActivity(block(doc, "cronoprogramma"), { name: "Avvio", months: [2, 1] }, "a1");
    addCostItem(
      block(doc, "piano_economico"),
      {
        description: "Educatore",
        category: "personale",
        amountCents: 1_200_000,
        financedBy: { kind: "organisation", organisationId: "coop" },
      },
      "i1",
    );
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const result = frozen(doc);
    expect(frozen(replica).canonical).toBe(result.canonical);
    expect(result.document.format).toBe(CANONICAL_FORMAT);
    expect(result.document.blocks.cronoprogramma).toMatchObject({
      activities: [{ id: "a1", months: [1, 2] }],
    });
    expect(result.canonical).toContain('"amountCents":1200000');
    expect(result.canonical).not.toContain("totalCents");
  });

  it("ignores comments and section assignments", () => {
    const doc = newProposal();
    const before = frozen(doc).canonical;
    const comment = new Y.Map<unknown>([
      ["body", "Serve un dato ISTAT più recente"],
      ["authorId", "p1"],
    ]);
    documentComments(doc).set("c1", comment);
    assignSection(doc, "obiettivi", "coop");
    expect(frozen(doc).canonical).toBe(before);
  });

  it("changes when the text or a block changes", () => {
    const doc = newProposal();
    const before = frozen(doc).canonical;
    const paragraph = documentContent(doc).get(1);
    if (!(paragraph instanceof Y.XmlElement))
      throw new Error("expected the first section's paragraph");
    paragraph.insert(0, [new Y.XmlText("Il territorio conta 25.000 abitanti.")]);
    const afterText = frozen(doc).canonical;
    expect(afterText).not.toBe(before);
    expect(afterText).toContain("25.000 abitanti");
    addActivity(block(doc, "cronoprogramma"), { name: "Avvio" });
    expect(frozen(doc).canonical).not.toBe(afterText);
  });

  it("leaves out a block whose node was deleted from the text", () => {
    const doc = newProposal();
    const content = documentContent(doc);
    const index = content
      .toArray()
      .findIndex((node) => node instanceof Y.XmlElement && node.nodeName === "structuredBlock");
    content.delete(index, 1);
    const blocks = Object.keys(frozen(doc).document.blocks);
    expect(blocks).toHaveLength(2);
  });

  it("refuses to freeze invalid block data, saying where", () => {
    const doc = newProposal();
    addCostItem(block(doc, "piano_economico"), {
      description: "Affitto",
      category: "immobili",
      amountCents: 100,
      financedBy: { kind: "fund", source: "comune" },
    });
    const items = block(doc, "piano_economico").get("items");
    if (!(items instanceof Y.Array)) throw new Error("no items");
    items.get(0).set("amountCents", -100);
    blockMap(doc, "partenariato")?.set("type", "cronoprogramma");
    const result = canonicalDocumentFromYDoc(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^block partenariato: /),
      expect.stringMatching(/^block piano_economico: items\.0\.amountCents: must not be negative/),
    ]);
  });

  it("refuses content that is not ProseMirror JSON, and a block with no data", () => {
    const readBlock = () => ({ ok: false, problem: "missing" }) as const;
    expect(buildCanonicalDocument({ meta: null, content: { type: 3 }, readBlock }).ok).toBe(false);
    const withBlock = {
      type: "doc",
      content: [{ type: "structuredBlock", attrs: { blockType: "partenariato", blockId: "x" } }],
    };
    expect(buildCanonicalDocument({ meta: null, content: withBlock, readBlock })).toEqual({
      ok: false,
      problems: ["block x: no data for this block"],
    });
  });
});
