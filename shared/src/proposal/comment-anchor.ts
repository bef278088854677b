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

/**
 * The anchor of a range of the editor's text: both ends as Yjs relative positions in the
 * `content` fragment, through the sync binding's mapping (ySyncPluginKey state `binding.mapping`),
 * encoded to bytes for the comments map. Relative positions stick to the characters, not to
 * offsets, so the range follows the text as anyone edits around it.
 */
export function anchorFromRange(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  range: TextRange,
): CommentAnchor {
  const start: Y.RelativePosition = absolutePositionToRelativePosition(
    range.from,
    fragment,
    mapping,
  );
  const end: Y.RelativePosition = absolutePositionToRelativePosition(range.to, fragment, mapping);
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
