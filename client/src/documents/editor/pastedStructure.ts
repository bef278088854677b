import { DOCUMENT_NODE } from "@tavolo/shared";
import { Fragment, type Node as PMNode, Slice } from "@tiptap/pm/model";

/**
 * Pasted content without the document's skeleton: a copied section heading becomes a plain
 * paragraph with its title, a copied structured block is left out (its data stays where it
 * is). Otherwise copying a whole section and pasting it elsewhere would be refused outright by
 * ProtectStructure, text included.
 */
export function withoutStructure(slice: Slice): Slice {
  const content = flattened(slice.content);
  if (content === slice.content) return slice;
  return new Slice(content, slice.openStart, slice.openEnd);
}

function flattened(fragment: Fragment): Fragment {
  let changed = false;
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === DOCUMENT_NODE.structuredBlock) {
      changed = true;
      return;
    }
    if (node.type.name === DOCUMENT_NODE.sectionHeading) {
      changed = true;
      const paragraph = node.type.schema.nodes[DOCUMENT_NODE.paragraph];
      if (paragraph) nodes.push(paragraph.create(null, node.content));
      return;
    }
    const inner = flattened(node.content);
    if (inner !== node.content) changed = true;
    nodes.push(inner === node.content ? node : node.copy(inner));
  });
  return changed ? Fragment.from(nodes) : fragment;
}
