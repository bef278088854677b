import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { completenessReport, documentCompleteness } from "./completeness.ts";
import { documentContent, setSectionCharLimit } from "./document-shape.ts";
import { initialiseDocument } from "./initial-doc.ts";
import type { PMNodeJSON } from "./prosemirror-json.ts";
import { getProposalTemplate } from "./templates/registry.ts";

const heading = (sectionKey: string): PMNodeJSON => ({
  type: "sectionHeading",
  attrs: { sectionKey },
  content: [{ type: "text", text: sectionKey }],
});
const paragraph = (text: string): PMNodeJSON => ({
  type: "paragraph",
  content: text ? [{ type: "text", text }] : [],
});

describe("completenessReport", () => {
  it("reports blank, lost and over-limit sections, counting as the editor counts", () => {
    const content: PMNodeJSON = {
      type: "doc",
      content: [
        heading("a"),
        paragraph("   "),
        heading("b"),
        paragraph("èèèè"),
        heading("c"),
        { type: "structuredBlock", attrs: { blockType: "cronoprogramma", blockId: "x" } },
      ],
    };
    const report = completenessReport(content, { a: 10, b: 3 }, { b: "Bisogni" }, ["a", "d"]);
    expect(report.empty).toEqual([
      { sectionKey: "d", title: "d" },
      { sectionKey: "a", title: "a" },
    ]);
    expect(report.overLimit).toEqual([{ sectionKey: "b", title: "Bisogni", count: 4, limit: 3 }]);
  });

  it("reads a new proposal as all empty and takes the limits from the document", () => {
    const doc = new Y.Doc();
    const template = getProposalTemplate("proposta-art55");
    initialiseDocument(doc, template);
    const textual = template.sections.filter((section) => !section.block);
    expect(documentCompleteness(doc).empty.map((e) => e.sectionKey)).toEqual(
      textual.map((section) => section.key),
    );
    const first = textual[0];
    if (!first) throw new Error("the template has no text section");
    setSectionCharLimit(doc, first.key, 1);
    const paragraphNode = documentContent(doc)
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.nodeName === "paragraph");
    if (!(paragraphNode instanceof Y.XmlElement)) throw new Error("no paragraph");
    const text = paragraphNode.get(0);
    if (!(text instanceof Y.XmlText)) throw new Error("no text");
    text.insert(0, "Due");
    expect(documentCompleteness(doc).overLimit).toEqual([
      { sectionKey: first.key, title: first.title, count: 3, limit: 1 },
    ]);
  });

  it("names the sections neither signed off nor closed, when the sign-off is given", () => {
    const doc = new Y.Doc();
    const template = getProposalTemplate("proposta-art55");
    initialiseDocument(doc, template);
    const [first, second, ...rest] = template.sections;
    if (!first || !second) throw new Error("the template has too few sections");
    expect(documentCompleteness(doc).notReady).toBeUndefined();
    const report = documentCompleteness(doc, { [first.key]: "pronta", [second.key]: "chiusa" });
    expect(report.notReady?.map((s) => s.sectionKey)).toEqual(rest.map((s) => s.key));
    expect(report.notReady?.[0]?.status).toBe("in-scrittura");
  });
});
