import { DOCUMENT_NODE } from "@tavolo/shared";
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** Show only the sections whose key is in `visible`; null shows every section. */
export type SectionFilter = { visible: ReadonlySet<string> } | null;

export const sectionFilterKey = new PluginKey<SectionFilter>("tavoloSectionFilter");

export const HIDDEN_SECTION_CLASS = "tavolo-doc__hidden";

/** Hides the top-level nodes of the sections the filter leaves out (text before any heading stays). */
function hiddenSections(doc: PMNode, filter: SectionFilter): DecorationSet {
  if (!filter) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  let hidden = false;
  doc.forEach((node, offset) => {
    if (node.type.name === DOCUMENT_NODE.sectionHeading) {
      const key = node.attrs.sectionKey;
      hidden = !(typeof key === "string" && filter.visible.has(key));
    }
    if (hidden) {
      decorations.push(
        Decoration.node(offset, offset + node.nodeSize, { class: HIDDEN_SECTION_CLASS }),
      );
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * "Le mie sezioni": a view of the document limited to some sections, for this person only.
 * It hides with decorations, so the text and everyone else's view are untouched; the page sets
 * the filter with `setSectionFilter`.
 */
export const SectionFilterExtension = Extension.create({
  name: "tavoloSectionFilter",
  addProseMirrorPlugins() {
    return [
      new Plugin<SectionFilter>({
        key: sectionFilterKey,
        state: {
          init: () => null,
          apply: (tr, current) => {
            const next = tr.getMeta(sectionFilterKey) as SectionFilter | undefined;
            return next === undefined ? current : next;
          },
        },
        props: {
          decorations: (state) =>
            hiddenSections(state.doc, sectionFilterKey.getState(state) ?? null),
        },
      }),
    ];
  },
});
