import { Extension, type Extensions, getSchema, mergeAttributes, Node } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import type { Schema } from "@tiptap/pm/model";
import { StarterKit, type StarterKitOptions } from "@tiptap/starter-kit";
import { BOARD_OUTPUT_ATTR } from "./board-output-refs.ts";
import { DOCUMENT_NODE } from "./prosemirror-json.ts";
import { SuggestionDeletion, SuggestionInsertion } from "./suggestion-marks.ts";

/**
 * The Tiptap extensions that define a document's schema, shared so the server builds the very
 * schema the editor uses when it writes a new document into Yjs, and so both reject the same
 * content. Only what shapes the schema lives here: the client adds Collaboration, carets,
 * placeholders and node views (e.g. `StructuredBlock.extend({ addNodeView })`) on top.
 */

/** What parseHTML reads of an element; not `HTMLElement`, which the server's types lack. */
interface ElementLike {
  getAttribute(name: string): string | null;
}

/** A required string attribute (no default), kept in HTML as the data-* attribute given. */
function requiredStringAttribute(name: string, htmlAttribute: string) {
  return {
    isRequired: true,
    validate: "string",
    parseHTML: (element: ElementLike) => element.getAttribute(htmlAttribute),
    renderHTML: (attributes: Record<string, unknown>) => ({ [htmlAttribute]: attributes[name] }),
  };
}

/**
 * The heading that opens a section (an h2): plain text, no marks, and a required `sectionKey`
 * tying it to the template and to the section's metadata. Being required also keeps Enter at
 * its end from creating another section heading: ProseMirror then falls back to a paragraph.
 */
export const SectionHeading = Node.create({
  name: DOCUMENT_NODE.sectionHeading,
  group: "block",
  content: "text*",
  marks: "",
  defining: true,
  addAttributes() {
    return { sectionKey: requiredStringAttribute("sectionKey", "data-section-key") };
  },
  parseHTML() {
    return [{ tag: "h2[data-section-key]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["h2", mergeAttributes(HTMLAttributes), 0];
  },
});

/**
 * Where a structured block (cronoprogramma, piano economico, partenariato) sits in the text.
 * An atom with no content: the block's data lives in the `blocks` map under `blockId`, synced
 * field by field, not in the text.
 */
export const StructuredBlock = Node.create({
  name: DOCUMENT_NODE.structuredBlock,
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      blockType: requiredStringAttribute("blockType", "data-block-type"),
      blockId: requiredStringAttribute("blockId", "data-block-id"),
    };
  },
  parseHTML() {
    return [{ tag: "div[data-block-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes)];
  },
});

/**
 * A bullet list inserted from a board keeps the id of its reference (board-output-refs.ts), so
 * the freeze keeps the board material the text still shows, and only that. Kept in HTML as
 * `data-board-output`, so the list copied within the document keeps pointing at its source.
 */
export const BoardOutputLink = Extension.create({
  name: "boardOutputLink",
  addGlobalAttributes() {
    return [
      {
        types: [DOCUMENT_NODE.bulletList],
        attributes: {
          [BOARD_OUTPUT_ATTR]: {
            default: null,
            parseHTML: (element: ElementLike) => element.getAttribute("data-board-output"),
            renderHTML: (attributes: Record<string, unknown>) => {
              const id = attributes[BOARD_OUTPUT_ATTR];
              return typeof id === "string" ? { "data-board-output": id } : {};
            },
          },
        },
      },
    ];
  },
});

/**
 * StarterKit as documents use it: no code marks or code blocks (a proposal has none), h3–h4
 * for headings inside a section (h2 is the section heading), and no local undo history,
 * because Collaboration brings Yjs' own undo.
 */
export const DOCUMENT_STARTER_KIT: Partial<StarterKitOptions> = {
  undoRedo: false,
  code: false,
  codeBlock: false,
  heading: { levels: [3, 4] },
};

/**
 * The schema-defining extensions; `starterKit` may change behaviour, not remove nodes. Tables
 * are part of the schema (not an editor add-on) so the server reads, restores and exports the
 * tables people write with the very nodes the editor makes. Column resizing is off: widths
 * would be one person's screen, not the document's.
 */
export function documentExtensions(starterKit: Partial<StarterKitOptions> = {}): Extensions {
  return [
    StarterKit.configure({ ...DOCUMENT_STARTER_KIT, ...starterKit }),
    TableKit.configure({ table: { resizable: false } }),
    SectionHeading,
    StructuredBlock,
    BoardOutputLink,
    SuggestionInsertion,
    SuggestionDeletion,
  ];
}

let schema: Schema | undefined;

/** The ProseMirror schema of every document, built once. */
export function documentSchema(): Schema {
  schema ??= getSchema(documentExtensions());
  return schema;
}
