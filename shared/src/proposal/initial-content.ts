import { DOCUMENT_NODE, type PMNodeJSON } from "./prosemirror-json.ts";
import type { ProposalTemplate, TemplateSection } from "./templates/template-schema.ts";

/**
 * The block id a template section's block gets in a new document. Deterministic, so the text
 * and the blocks map written at creation agree without passing ids around; blocks added later
 * by the editor get fresh random ids.
 */
export function blockIdForSection(sectionKey: string): string {
  return sectionKey;
}

export interface InitialContentOptions {
  /**
   * Paragraphs to start a section with instead of an empty one, by section key: for a verbale,
   * the date, place and attendees the server takes from the meeting record. A "\n" inside a
   * line starts a new paragraph.
   */
  prefill?: Readonly<Record<string, readonly string[]>>;
}

function paragraph(line: string): PMNodeJSON {
  return line === ""
    ? { type: DOCUMENT_NODE.paragraph }
    : { type: DOCUMENT_NODE.paragraph, content: [{ type: DOCUMENT_NODE.text, text: line }] };
}

function sectionNodes(section: TemplateSection, prefill: readonly string[] | undefined) {
  const heading: PMNodeJSON = {
    type: DOCUMENT_NODE.sectionHeading,
    attrs: { sectionKey: section.key },
    content: [{ type: DOCUMENT_NODE.text, text: section.title }],
  };
  const block: PMNodeJSON[] = section.block
    ? [
        {
          type: DOCUMENT_NODE.structuredBlock,
          attrs: { blockType: section.block, blockId: blockIdForSection(section.key) },
        },
      ]
    : [];
  const lines = (prefill ?? []).flatMap((line) => line.split("\n"));
  const paragraphs = lines.length > 0 ? lines.map(paragraph) : [paragraph("")];
  return [heading, ...block, ...paragraphs];
}

/**
 * A new document of a template as ProseMirror JSON: for each section its heading, its block if
 * it has one, and an empty paragraph to write in. The guidance is not written into the text
 * (it would count toward the limit and end up in the frozen text): the editor shows it as a
 * placeholder, looked up by the heading's sectionKey.
 */
export function buildInitialContent(
  template: ProposalTemplate,
  options: InitialContentOptions = {},
): PMNodeJSON {
  return {
    type: DOCUMENT_NODE.doc,
    content: template.sections.flatMap((section) =>
      sectionNodes(section, options.prefill?.[section.key]),
    ),
  };
}
