import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { createBlock, type NewBlockOptions } from "./blocks.ts";
import {
  DOCUMENT_FORMAT_VERSION,
  documentContent,
  documentMetaMap,
  writeSectionMeta,
} from "./document-shape.ts";
import { documentSchema } from "./editor-schema.ts";
import {
  blockIdForSection,
  buildInitialContent,
  type InitialContentOptions,
} from "./initial-content.ts";
import { DOCUMENT_NODE } from "./prosemirror-json.ts";
import type { ProposalTemplate } from "./templates/template-schema.ts";

export interface InitialiseOptions extends InitialContentOptions, NewBlockOptions {}

/**
 * Writes a new document of a template into an empty Y.Doc, in one transaction: meta, each
 * section's metadata (limit from the template, nobody assigned), an empty block for each
 * section that has one, and the text. Meant for the server when a document room is created,
 * before anyone connects: the nested maps it creates must not be created twice.
 */
export function initialiseDocument(
  doc: Y.Doc,
  template: ProposalTemplate,
  options: InitialiseOptions = {},
): void {
  const meta = documentMetaMap(doc);
  const content = documentContent(doc);
  if (meta.size > 0 || content.length > 0) throw new Error("document already initialised");
  const node = documentSchema().nodeFromJSON(buildInitialContent(template, options));
  node.check();
  doc.transact(() => {
    meta.set("formatVersion", DOCUMENT_FORMAT_VERSION);
    meta.set("templateId", template.id);
    meta.set("templateVersion", template.version);
    for (const section of template.sections) {
      writeSectionMeta(doc, section.key, {
        assignedOrganisationId: null,
        charLimit: section.charLimit ?? null,
      });
      if (section.block) createBlock(doc, section.block, blockIdForSection(section.key), options);
    }
    prosemirrorToYXmlFragment(node, content);
    giveEmptyTextblocksText(content);
  });
}

const TEXTBLOCK_NAMES: ReadonlySet<string> = new Set([
  DOCUMENT_NODE.paragraph,
  DOCUMENT_NODE.sectionHeading,
  "heading",
]);

/**
 * Puts an empty Y.XmlText in every empty paragraph of a new document. Without it, the first
 * two people to type at once in an empty section each create their own text node in the
 * paragraph, and the binding (y-tiptap) reconciles the two by duplicating and reordering the
 * first letters ("AuAmentare…u"). With one shared, empty text node from the start, both type
 * into the same Y.XmlText and Yjs merges them as it merges any concurrent typing.
 */
function giveEmptyTextblocksText(element: Y.XmlFragment | Y.XmlElement): void {
  for (const child of element.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (TEXTBLOCK_NAMES.has(child.nodeName)) {
      if (child.length === 0) child.insert(0, [new Y.XmlText()]);
    } else {
      giveEmptyTextblocksText(child);
    }
  }
}
