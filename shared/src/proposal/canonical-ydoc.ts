import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { readBlock } from "./blocks.ts";
import { buildCanonicalDocument, type CanonicalResult } from "./canonical-document.ts";
import { documentContent, readDocumentMeta } from "./document-shape.ts";
import type { PMNodeJSON } from "./prosemirror-json.ts";

/**
 * The text of a document room as ProseMirror JSON, read straight from the Y.Doc with the same
 * binding the editor's Collaboration extension uses (y-tiptap): no browser, no editor, no
 * schema. An empty fragment reads as a document with no content.
 */
export function documentContentJSON(doc: Y.Doc): PMNodeJSON {
  return yXmlFragmentToProsemirrorJSON(documentContent(doc)) as PMNodeJSON;
}

/**
 * What a freeze hashes, from a room's current Y.Doc: the canonical document (text, the blocks
 * it shows, template) and its canonical string. The comments map is never read.
 */
export function canonicalDocumentFromYDoc(doc: Y.Doc): CanonicalResult {
  return buildCanonicalDocument({
    meta: readDocumentMeta(doc),
    content: documentContentJSON(doc),
    readBlock: (blockId) => readBlock(doc, blockId),
  });
}
