import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
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
  });
}
