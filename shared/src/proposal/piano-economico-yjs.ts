import * as Y from "yjs";
import type { z } from "zod";
import { insertBlock, requireBlockType, transactBlock, type YRecord } from "./document-shape.ts";
import {
  CostItemSchema,
  financerKey,
  PianoEconomicoSchema,
  parseFinancerKey,
} from "./piano-economico.ts";
import {
  appendRow,
  deleteRow,
  findRow,
  newRowId,
  patchRow,
  requireRows,
  rowsOf,
} from "./y-rows.ts";

/*
 * In Yjs a piano economico block is a Y.Map { type: "pianoEconomico", items: Y.Array<Y.Map {
 * id, description, category, amountCents, financedBy: "org:<id>" | "fund:<source>", inKind }> }.
 * Each item is its own map, so one person correcting an amount while another changes who pays
 * for it keeps both changes; items added at once by two partners are both kept.
 */
const ITEMS = "items";

/** Adds an empty piano economico block. */
export function createPianoEconomicoBlock(doc: Y.Doc, blockId: string): YRecord {
  return insertBlock(doc, blockId, { type: "pianoEconomico", [ITEMS]: new Y.Array() });
}

/** The block as plain data in the shape the schemas read (financers as objects). */
export function pianoEconomicoPlain(block: YRecord): unknown {
  const items = rowsOf(block, ITEMS)
    ?.toArray()
    .map((row) => {
      if (!(row instanceof Y.Map)) return row;
      const raw = row.get("financedBy");
      return { ...row.toJSON(), financedBy: parseFinancerKey(raw) ?? raw };
    });
  return { ...block.toJSON(), [ITEMS]: items };
}

/** The block as typed, checked data (no negative amounts), or the problems found. */
export function readPianoEconomico(block: YRecord) {
  return PianoEconomicoSchema.safeParse(pianoEconomicoPlain(block));
}

const NewCostItemSchema = CostItemSchema.omit({ id: true }).extend({
  inKind: CostItemSchema.shape.inKind.default(false),
});
export type NewCostItem = z.input<typeof NewCostItemSchema>;

export const CostItemPatchSchema = CostItemSchema.omit({ id: true }).partial();
export type CostItemPatch = z.input<typeof CostItemPatchSchema>;

function toFields(values: z.infer<typeof CostItemPatchSchema>): Record<string, unknown> {
  const { financedBy, ...rest } = values;
  return financedBy ? { ...rest, financedBy: financerKey(financedBy) } : rest;
}

/** Appends a cost item, validated: a negative or fractional amount is refused. */
export function addCostItem(block: YRecord, input: NewCostItem, id = newRowId()) {
  requireBlockType(block, "pianoEconomico");
  const item = CostItemSchema.parse({ ...NewCostItemSchema.parse(input), id });
  transactBlock(block, () => {
    appendRow(requireRows(block, ITEMS), { id: item.id, ...toFields(item) });
  });
  return item;
}

/** Changes some fields of an item; false when the item is gone. */
export function updateCostItem(block: YRecord, id: string, patch: CostItemPatch): boolean {
  requireBlockType(block, "pianoEconomico");
  const valid = CostItemPatchSchema.parse(patch);
  const row = findRow(requireRows(block, ITEMS), id);
  if (!row) return false;
  transactBlock(block, () => patchRow(row, toFields(valid)));
  return true;
}

export function removeCostItem(block: YRecord, id: string): boolean {
  requireBlockType(block, "pianoEconomico");
  let removed = false;
  transactBlock(block, () => {
    removed = deleteRow(requireRows(block, ITEMS), id);
  });
  return removed;
}
