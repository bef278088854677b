import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalDocumentFromYDoc, documentContentJSON } from "./canonical-ydoc.ts";
import { documentContent } from "./document-shape.ts";
import { initialiseDocument } from "./initial-doc.ts";
import { getProposalTemplate } from "./templates/registry.ts";

function emptyParagraphs(doc: Y.Doc): Y.XmlElement[] {
  return documentContent(doc)
    .toArray()
    .filter(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement &&
        node.nodeName === "paragraph" &&
        node.toArray().every((child) => child instanceof Y.XmlText && child.length === 0),
    );
}

describe("initialiseDocument", () => {
  it("gives every empty paragraph one shared, empty text node to type into", () => {
    const doc = new Y.Doc();
    initialiseDocument(doc, getProposalTemplate("proposta-art55"));
    const paragraphs = emptyParagraphs(doc);
    expect(paragraphs).toHaveLength(10);
    for (const paragraph of paragraphs) {
      expect(paragraph.toArray()).toHaveLength(1);
      expect(paragraph.get(0)).toBeInstanceOf(Y.XmlText);
    }
  });

  it("lets two people's first letters in an empty section merge as whole words", () => {
    const origin = new Y.Doc();
    initialiseDocument(origin, getProposalTemplate("verbale-seduta"));
    const [giulia, marco] = [new Y.Doc(), new Y.Doc()];
    for (const replica of [giulia, marco]) Y.applyUpdate(replica, Y.encodeStateAsUpdate(origin));
    const [giuliaText, marcoText] = [giulia, marco].map(
      (doc) => emptyParagraphs(doc)[0]?.get(0) as Y.XmlText,
    );
    giuliaText?.insert(0, "Ridurre");
    marcoText?.insert(0, "Aumentare");
    Y.applyUpdate(giulia, Y.encodeStateAsUpdate(marco));
    Y.applyUpdate(marco, Y.encodeStateAsUpdate(giulia));
    const merged = giuliaText?.toString();
    expect(["RidurreAumentare", "AumentareRidurre"]).toContain(merged);
    expect(marcoText?.toString()).toBe(merged);
  });

  it("reads the empty text nodes as empty paragraphs, so the canonical text is unchanged", () => {
    const doc = new Y.Doc();
    initialiseDocument(doc, getProposalTemplate("proposta-art55"));
    const paragraph = documentContentJSON(doc).content?.find((node) => node.type === "paragraph");
    expect(paragraph?.content ?? []).toEqual([]);
    const canonical = canonicalDocumentFromYDoc(doc);
    expect(canonical.ok && canonical.canonical.includes('"text":""')).toBe(false);
    expect(canonical.ok).toBe(true);
  });
});
