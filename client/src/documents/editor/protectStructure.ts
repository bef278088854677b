import { DOCUMENT_NODE } from "@tavolo/shared";
import { Extension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * The document's skeleton, in order: each section heading (key and title, the form's field
 * name) and each structured block. The template gave it; writing in the sections must not
 * change it.
 */
export function structureOf(doc: PMNode): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === DOCUMENT_NODE.sectionHeading) {
      parts.push(`h:${String(node.attrs.sectionKey)}:${node.textContent}`);
      return false;
    }
    if (node.type.name === DOCUMENT_NODE.structuredBlock) {
      parts.push(`b:${String(node.attrs.blockId)}`);
      return false;
    }
    return true;
  });
  return parts.join("\n");
}

/**
 * Refuses this person's edits that would delete, rename, duplicate or move a section heading or
 * a structured block (a select-all and Delete, a heading pasted twice, a title retyped), so
 * every section keeps its place, its metadata and its limit. Changes that arrive from Yjs are
 * never refused: they are already everyone's document.
 */
export const ProtectStructure = Extension.create({
  name: "tavoloProtectStructure",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("tavoloProtectStructure"),
        filterTransaction: (tr, state) =>
          !tr.docChanged || isChangeOrigin(tr) || structureOf(tr.doc) === structureOf(state.doc),
      }),
    ];
  },
});
