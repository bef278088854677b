import { DOCUMENT_NODE } from "@tavolo/shared";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";

/** The section keys a range of `doc` lies in (the heading's own section for a heading). */
export function sectionsInRange(doc: PMNode, from: number, to: number): Set<string> {
  const keys = new Set<string>();
  let current: string | null = null;
  doc.forEach((node, offset) => {
    if (node.type.name === DOCUMENT_NODE.sectionHeading) current = String(node.attrs.sectionKey);
    const end = offset + node.nodeSize;
    // A range touching a block's edge (typing at its end) belongs to it.
    if (current !== null && end >= from && offset <= to) keys.add(current);
  });
  return keys;
}

/** The sections a local transaction changes, step by step against the doc each step saw. */
export function sectionsChanged(tr: Transaction): Set<string> {
  const keys = new Set<string>();
  tr.steps.forEach((step, index) => {
    const doc = tr.docs[index];
    if (!doc) return;
    step.getMap().forEach((from, to) => {
      for (const key of sectionsInRange(doc, from, to)) keys.add(key);
    });
  });
  return keys;
}

/** What the plugin reads each time: the closed sections now, and whom to tell of a refusal. */
export interface ClosedSectionsState {
  closed: ReadonlySet<string>;
  onRefused: (sectionKey: string) => void;
}

export const closedSectionsKey = new PluginKey("tavoloClosedSections");

/**
 * Keeps this person's direct edits out of closed sections (the server refuses them anyway, and
 * would reload the room): the edit is dropped and `onRefused` explains why. Changes that arrive
 * from Yjs are never refused.
 */
export function closedSectionsPlugin(read: () => ClosedSectionsState): Plugin {
  return new Plugin({
    key: closedSectionsKey,
    filterTransaction: (tr) => {
      const { closed, onRefused } = read();
      if (!tr.docChanged || closed.size === 0 || isChangeOrigin(tr)) return true;
      const refused = [...sectionsChanged(tr)].find((key) => closed.has(key));
      if (refused === undefined) return true;
      onRefused(refused);
      return false;
    },
  });
}
