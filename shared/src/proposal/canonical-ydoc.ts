import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { readBlock } from "./blocks.ts";
import { readBoardMaterial, readBoardOutputRef } from "./board-output-refs.ts";
import {
  buildCanonicalDocument,
  type CanonicalResult,
  type ReadBoardOutputResult,
} from "./canonical-document.ts";
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

/** A board output the text shows, with the material the server froze into this state. */
function readBoardOutput(doc: Y.Doc, id: string): ReadBoardOutputResult {
  const ref = readBoardOutputRef(doc, id);
  if (!ref) return { kind: "unknown" };
  const material = readBoardMaterial(doc, id);
  return material ? { kind: "ok", ref, material } : { kind: "unread" };
}

/**
 * What a freeze hashes, from a room's current Y.Doc: the canonical document (text, the blocks
 * it shows, template, and the board outputs it quotes with the material the server read into
 * `boardMaterials`) and its canonical string. The comments map is never read. A live document
 * that quotes a board has no material yet: the server adds it first (server/src/versions).
 */
export function canonicalDocumentFromYDoc(doc: Y.Doc): CanonicalResult {
  return canonicalFrom(doc, false);
}

/** The live draft as its DOCX prints it: the canonical form with pending suggestions kept. */
export function draftDocumentFromYDoc(doc: Y.Doc): CanonicalResult {
  return canonicalFrom(doc, true);
}

function canonicalFrom(doc: Y.Doc, keepSuggestions: boolean): CanonicalResult {
  return buildCanonicalDocument({
    keepSuggestions,
    meta: readDocumentMeta(doc),
    content: documentContentJSON(doc),
    readBlock: (blockId) => readBlock(doc, blockId),
    readBoardOutput: (id) => readBoardOutput(doc, id),
  });
}
