import { DOCUMENT_NODE, type ProposalTemplate } from "@tavolo/shared";
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/**
 * The guidance of each section, shown in the section's first paragraph while it is empty: the
 * writer sees what the call asks for, and it never enters the text (where it would count toward
 * the limit and end up in the frozen version). Structured blocks between the heading and the
 * paragraph do not count as text. Shown only to people who can write.
 */
export function guidanceDecorations(template: ProposalTemplate, doc: PMNode): DecorationSet {
  const guidance = new Map(template.sections.map((section) => [section.key, section.guidance]));
  const decorations: Decoration[] = [];
  let waiting: string | null = null;
  doc.forEach((node, offset) => {
    if (node.type.name === DOCUMENT_NODE.sectionHeading) {
      const key: unknown = node.attrs.sectionKey;
      waiting = typeof key === "string" ? (guidance.get(key) ?? null) : null;
      return;
    }
    if (node.type.name === DOCUMENT_NODE.structuredBlock || waiting === null) return;
    if (node.type.name === DOCUMENT_NODE.paragraph && node.childCount === 0) {
      decorations.push(
        Decoration.node(offset, offset + node.nodeSize, {
          class: "is-empty",
          "data-placeholder": waiting,
        }),
      );
    }
    waiting = null;
  });
  return DecorationSet.create(doc, decorations);
}

/** The Tiptap extension drawing `guidanceDecorations` for the document's template. */
export const SectionGuidance = Extension.create<{ template: ProposalTemplate | null }>({
  name: "tavoloSectionGuidance",
  addOptions: () => ({ template: null }),
  addProseMirrorPlugins() {
    const { template } = this.options;
    const editor = this.editor;
    if (!template) return [];
    return [
      new Plugin({
        key: new PluginKey("tavoloSectionGuidance"),
        props: {
          decorations: (state) =>
            editor.isEditable ? guidanceDecorations(template, state.doc) : DecorationSet.empty,
        },
      }),
    ];
  },
});
