import type { Node as PMNode } from "@tiptap/pm/model";
import { initProseMirrorDoc } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorFromRange, rangeFromAnchor } from "./comment-anchor.ts";
import { documentContent } from "./document-shape.ts";
import { documentSchema } from "./editor-schema.ts";
import { initialiseDocument } from "./initial-doc.ts";
import { getProposalTemplate } from "./templates/registry.ts";

const SENTENCE = "Il territorio conta 25.000 abitanti.";

/** The Y.XmlText of the document's first paragraph. */
function firstText(doc: Y.Doc): Y.XmlText {
  const paragraph = documentContent(doc).get(1);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error("expected a paragraph");
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error("expected the paragraph's text");
  return text;
}

/** A proposal whose first paragraph holds SENTENCE. */
function proposalWithText(): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"));
  const text = firstText(doc);
  text.insert(0, SENTENCE);
  return { doc, text };
}

/** What the editor binding would show now: the ProseMirror doc and its mapping. */
function view(doc: Y.Doc) {
  return initProseMirrorDoc(documentContent(doc), documentSchema());
}

function positionOf(pmDoc: PMNode, needle: string): number {
  let found = -1;
  pmDoc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? "").indexOf(needle) : -1;
    if (found === -1 && index !== -1) found = pos + index;
  });
  if (found === -1) throw new Error(`"${needle}" not in the document`);
  return found;
}

function anchorOn(doc: Y.Doc, needle: string) {
  const { doc: pmDoc, mapping } = view(doc);
  const from = positionOf(pmDoc, needle);
  return anchorFromRange(documentContent(doc), mapping, pmDoc, { from, to: from + needle.length });
}

function textAt(doc: Y.Doc, anchor: ReturnType<typeof anchorOn>): string | null {
  const { doc: pmDoc, mapping } = view(doc);
  const range = rangeFromAnchor(doc, documentContent(doc), mapping, anchor);
  return range && pmDoc.textBetween(range.from, range.to);
}

describe("comment anchors", () => {
  it("find the same text again", () => {
    const { doc } = proposalWithText();
    expect(textAt(doc, anchorOn(doc, "25.000 abitanti"))).toBe("25.000 abitanti");
  });

  it("follow the text when someone inserts before it, in another replica", () => {
    const { doc } = proposalWithText();
    const anchor = anchorOn(doc, "25.000 abitanti");
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    firstText(other).insert(0, "Secondo l'ISTAT, ");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(textAt(doc, anchor)).toBe("25.000 abitanti");
    expect(view(doc).doc.textContent).toContain("Secondo l'ISTAT, Il territorio");
  });

  it("leave out text typed right before or right after them", () => {
    const { doc, text } = proposalWithText();
    const anchor = anchorOn(doc, SENTENCE);
    text.insert(0, "Oggi: ");
    text.insert(text.length, " Fonte: ISTAT.");
    expect(textAt(doc, anchor)).toBe(SENTENCE);
  });

  it("read as deleted once the commented text is gone, and never throw on bad bytes", () => {
    const { doc, text } = proposalWithText();
    const anchor = anchorOn(doc, "25.000 abitanti");
    text.delete(SENTENCE.indexOf("25.000"), "25.000 abitanti".length);
    expect(textAt(doc, anchor)).toBeNull();
    const { mapping } = view(doc);
    const garbage = { start: new Uint8Array([255, 1]), end: new Uint8Array([7]) };
    expect(rangeFromAnchor(doc, documentContent(doc), mapping, garbage)).toBeNull();
  });
});
