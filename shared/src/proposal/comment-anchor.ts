import type { Node as PMNode } from "@tiptap/pm/model";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
} from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { CommentAnchor } from "./comments.ts";

/** The sync binding's map from Yjs types to ProseMirror nodes (y-tiptap does not export its type). */
export type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** A range of the ProseMirror document, as positions of its current state. */
export interface TextRange {
  from: number;
  to: number;
}

/** The Yjs element the binding made for a ProseMirror node (a reverse look-up of the mapping). */
function yElementOf(mapping: ProsemirrorMapping, node: PMNode): Y.XmlElement | null {
  for (const [type, mapped] of mapping) {
    if (mapped === node && type instanceof Y.XmlElement) return type;
  }
  return null;
}

/**
 * A position inside a paragraph's text, as a relative position of the character beside it
 * (assoc 0: the one after, for a range's start; -1: the one before, for its end). y-tiptap
 * would anchor a paragraph's first position to the paragraph itself, and the range would then
 * grow over anything typed at the start of the paragraph.
 */
function textPosition(
  pmDoc: PMNode,
  mapping: ProsemirrorMapping,
  pos: number,
  assoc: 0 | -1,
): Y.RelativePosition | null {
  const $pos = pmDoc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const element = yElementOf(mapping, $pos.parent);
  if (!element) return null;
  let offset = $pos.parentOffset;
  for (const child of element.toArray()) {
    const size = child instanceof Y.XmlText ? child.length : 1;
    if (child instanceof Y.XmlText && offset <= size) {
      return Y.createRelativePositionFromTypeIndex(child, offset, assoc);
    }
    offset -= size;
    if (offset < 0) return null;
  }
  return null;
}

/**
 * The anchor of a range of the editor's text: both ends as Yjs relative positions in the
 * `content` fragment, through the sync binding's mapping (ySyncPluginKey state `binding.mapping`)
 * and the ProseMirror document it maps, encoded to bytes for the comments map. Relative
 * positions stick to the characters, not to offsets, so the range follows the text as anyone
 * edits around it; text typed right before or right after the range stays outside it.
 */
export function anchorFromRange(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  pmDoc: PMNode,
  range: TextRange,
): CommentAnchor {
  const start =
    textPosition(pmDoc, mapping, range.from, 0) ??
    (absolutePositionToRelativePosition(range.from, fragment, mapping) as Y.RelativePosition);
  const end =
    textPosition(pmDoc, mapping, range.to, -1) ??
    (absolutePositionToRelativePosition(range.to, fragment, mapping) as Y.RelativePosition);
  return { start: Y.encodeRelativePosition(start), end: Y.encodeRelativePosition(end) };
}

/**
 * Where an anchor lies in the editor's current text, or null when its text was deleted (both
 * ends now meet) or the anchor cannot be read.
 */
export function rangeFromAnchor(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  anchor: CommentAnchor,
): TextRange | null {
  try {
    const from = relativePositionToAbsolutePosition(
      doc,
      fragment,
      Y.decodeRelativePosition(anchor.start),
      mapping,
    );
    const to = relativePositionToAbsolutePosition(
      doc,
      fragment,
      Y.decodeRelativePosition(anchor.end),
      mapping,
    );
    if (from === null || to === null || to <= from) return null;
    return { from, to };
  } catch {
    // Bytes written by another client may not decode: that one anchor is lost, nothing else.
    return null;
  }
}
