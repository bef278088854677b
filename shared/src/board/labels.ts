import type * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  patchRecord,
  readRecords,
  resolveCreateOptions,
} from "./board-shape.ts";
import { CoordinateSchema, SizeSchema } from "./geometry.ts";

export const LabelSizeSchema = z.enum(["piccolo", "medio", "grande"]);

const LabelFields = z.object({
  id: ItemIdSchema,
  text: z.string().max(500),
  x: CoordinateSchema,
  y: CoordinateSchema,
  w: SizeSchema,
  h: SizeSchema,
  size: LabelSizeSchema,
});

/**
 * Free text on the board with no author or votes: axis names of a matrix, headings, hints.
 * Unlike notes, labels are not exported or voted on.
 */
export const BoardLabelSchema = LabelFields.extend({
  w: LabelFields.shape.w.default(240),
  h: LabelFields.shape.h.default(40),
  size: LabelFields.shape.size.default("medio"),
});
export type BoardLabel = z.infer<typeof BoardLabelSchema>;
export type NewLabel = Omit<z.input<typeof BoardLabelSchema>, "id">;

/** Built from the fields without defaults, so a patch only touches what it names. */
export const LabelPatchSchema = LabelFields.omit({ id: true }).partial();

export function addLabel(doc: Y.Doc, input: NewLabel, options?: CreateOptions): BoardLabel {
  const label = BoardLabelSchema.parse({ ...input, id: resolveCreateOptions(options).id });
  insertRecord(boardCollection(doc, "labels"), label);
  return label;
}

export function readLabels(doc: Y.Doc): BoardLabel[] {
  return readRecords(boardCollection(doc, "labels"), BoardLabelSchema);
}

export function updateLabel(
  doc: Y.Doc,
  id: string,
  patch: z.input<typeof LabelPatchSchema>,
): boolean {
  return patchRecord(boardCollection(doc, "labels"), id, LabelPatchSchema.parse(patch));
}

export function deleteLabel(doc: Y.Doc, id: string): void {
  boardCollection(doc, "labels").delete(id);
}
