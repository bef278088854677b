import { z } from "zod";

/**
 * ProseMirror's JSON form of a document (`node.toJSON()`, Tiptap's `editor.getJSON()`,
 * y-tiptap's `yXmlFragmentToProsemirrorJSON`). Character counting and canonicalisation work on
 * this form, so they need neither an editor nor a schema and run the same in Node and browser.
 */
export interface PMMarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PMNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMNodeJSON[];
  marks?: PMMarkJSON[];
  text?: string;
}

/** The node names Tavolo's documents rely on; editor-schema.ts defines the nodes themselves. */
export const DOCUMENT_NODE = {
  doc: "doc",
  paragraph: "paragraph",
  text: "text",
  hardBreak: "hardBreak",
  /** A bullet list; one inserted from a board carries attrs { boardOutputId }. */
  bulletList: "bulletList",
  /** The heading that opens a section: attrs { sectionKey }. */
  sectionHeading: "sectionHeading",
  /** Where a structured block sits in the text: attrs { blockType, blockId }. */
  structuredBlock: "structuredBlock",
} as const;

export const PMMarkJSONSchema = z.object({
  type: z.string().min(1).max(100),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Checks JSON that came from outside (a request, a stored file) before it is walked. */
export const PMNodeJSONSchema: z.ZodType<PMNodeJSON> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PMNodeJSONSchema).optional(),
    marks: z.array(PMMarkJSONSchema).optional(),
    text: z.string().optional(),
  }),
);

/** The value of a string attribute, or null when absent or not a string. */
export function stringAttr(node: PMNodeJSON, name: string): string | null {
  const value = node.attrs?.[name];
  return typeof value === "string" ? value : null;
}
