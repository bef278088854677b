import {
  documentSections,
  type PMNodeJSON,
  readAllSectionMeta,
  type SectionMeta,
  sectionCharCounts,
} from "@tavolo/shared";
import type { Node as PMNode } from "@tiptap/pm/model";
import { type Editor, useEditorState } from "@tiptap/react";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYSnapshot } from "../useYSnapshot.ts";

/** Counts of the last documents seen: a transaction that leaves the text alone costs nothing. */
const countsByDoc = new WeakMap<PMNode, Record<string, number>>();

function countsOf(doc: PMNode): Record<string, number> {
  let counts = countsByDoc.get(doc);
  if (!counts) {
    counts = sectionCharCounts(doc.toJSON() as PMNodeJSON);
    countsByDoc.set(doc, counts);
  }
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number> | null): boolean {
  if (!b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Each section's characters, counted as the funding form counts them, as the text changes. */
export function useSectionCounts(editor: Editor): Record<string, number> {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => countsOf(current.state.doc),
    equalityFn: sameCounts,
  });
}

/** Each section's assignee and limit, from the document's `sections` map, kept current. */
export function useSectionMeta(doc: Y.Doc): Record<string, SectionMeta> {
  const read = useCallback(() => readAllSectionMeta(doc), [doc]);
  return useYSnapshot(documentSections(doc), read);
}
