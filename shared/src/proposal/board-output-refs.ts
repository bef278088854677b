import type * as Y from "yjs";
import { z } from "zod";
import { itemAttribution, itemLine, sourceLine } from "../board/attribution.ts";
import {
  type BoardExtract,
  BoardExtractSchema,
  BoardExtractSourceSchema,
} from "../board/board-outputs.ts";
import { ItemIdSchema, TimestampSchema } from "../board/board-shape.ts";
import { documentBoardMaterials, documentBoardOutputs } from "./document-shape.ts";
import { DOCUMENT_NODE, type PMNodeJSON, stringAttr } from "./prosemirror-json.ts";

/**
 * "Inserisci dalla lavagna": a board output becomes a bullet list in the text whose node carries
 * `boardOutputId`, and a reference in the document's `boardOutputs` map says which board and
 * which output it came from. The list is ordinary text people may edit; the reference is what
 * lets a freeze re-read the output from its board and keep it, as it stood, with the version.
 */
export const BOARD_OUTPUT_ATTR = "boardOutputId";

/** Board ids are room ids: the characters a room name allows, no separator. */
export const BoardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a board id");

export const BoardOutputRefSchema = z.object({
  id: ItemIdSchema,
  boardId: BoardIdSchema,
  source: BoardExtractSourceSchema,
  /** What the output was called when inserted, for when it is no longer on the board. */
  heading: z.string().max(200),
  insertedBy: ItemIdSchema,
  insertedAt: TimestampSchema,
});
export type BoardOutputRef = z.infer<typeof BoardOutputRefSchema>;

/** An output as the server read it from its board at a freeze. */
export const BoardMaterialSchema = z.object({
  /** Null when the board is not (or no longer) one of the procedure's. */
  boardTitle: z.string().max(200).nullable(),
  /** Null when the cluster, frame or vote is no longer on the board. */
  extract: BoardExtractSchema.nullable(),
});
export type BoardMaterial = z.infer<typeof BoardMaterialSchema>;

/** Records a reference (validated), before its list is inserted into the text. */
export function addBoardOutputRef(doc: Y.Doc, ref: BoardOutputRef): BoardOutputRef {
  const checked = BoardOutputRefSchema.parse(ref);
  documentBoardOutputs(doc).set(checked.id, checked);
  return checked;
}

export function readBoardOutputRef(doc: Y.Doc, id: string): BoardOutputRef | null {
  const parsed = BoardOutputRefSchema.safeParse(documentBoardOutputs(doc).get(id));
  return parsed.success ? parsed.data : null;
}

/** Every well-formed reference of the document; malformed ones are skipped. */
export function readBoardOutputRefs(doc: Y.Doc): BoardOutputRef[] {
  return [...documentBoardOutputs(doc).keys()].flatMap((id) => {
    const ref = readBoardOutputRef(doc, id);
    return ref ? [ref] : [];
  });
}

/** The server, in the state a version stores: replaces every material with `materials`. */
export function writeBoardMaterials(doc: Y.Doc, materials: ReadonlyMap<string, BoardMaterial>) {
  const map = documentBoardMaterials(doc);
  doc.transact(() => {
    for (const key of [...map.keys()]) map.delete(key);
    for (const [id, material] of materials) map.set(id, BoardMaterialSchema.parse(material));
  });
}

export function readBoardMaterial(doc: Y.Doc, id: string): BoardMaterial | null {
  const parsed = BoardMaterialSchema.safeParse(documentBoardMaterials(doc).get(id));
  return parsed.success ? parsed.data : null;
}

/** The reference ids the text's lists carry, in reading order, each once. */
export function referencedBoardOutputs(content: PMNodeJSON): string[] {
  const found = new Set<string>();
  const visit = (node: PMNodeJSON): void => {
    const id = stringAttr(node, BOARD_OUTPUT_ATTR);
    if (id !== null) found.add(id);
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return [...found];
}

const text = (value: string, italic = false): PMNodeJSON => ({
  type: DOCUMENT_NODE.text,
  text: value,
  ...(italic ? { marks: [{ type: "italic" }] } : {}),
});

/**
 * What is inserted at the cursor: a short source line, then one list item per note, each ending
 * with its attribution in brackets ("Alloggi sfitti (Cooperativa Meta, 2 voti)").
 */
export function boardOutputNodes(
  refId: string,
  boardTitle: string,
  extract: BoardExtract,
): PMNodeJSON[] {
  if (extract.items.length === 0) throw new Error("an output without notes has nothing to insert");
  const items = extract.items.map((item) => ({
    type: "listItem",
    content: [
      {
        type: DOCUMENT_NODE.paragraph,
        content: [text(`${itemLine(item)} `), text(`(${itemAttribution(item)})`, true)],
      },
    ],
  }));
  return [
    { type: DOCUMENT_NODE.paragraph, content: [text(`${sourceLine(boardTitle, extract)}:`)] },
    { type: DOCUMENT_NODE.bulletList, attrs: { [BOARD_OUTPUT_ATTR]: refId }, content: items },
  ];
}
