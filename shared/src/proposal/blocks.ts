import type * as Y from "yjs";
import { z } from "zod";
import { CronoprogrammaSchema } from "./cronoprogramma.ts";
import { createCronoprogrammaBlock, cronoprogrammaPlain } from "./cronoprogramma-yjs.ts";
import { blockMap, type YRecord } from "./document-shape.ts";
import { createPartenariatoBlock, PartenariatoSchema, partenariatoPlain } from "./partenariato.ts";
import { PianoEconomicoSchema } from "./piano-economico.ts";
import { createPianoEconomicoBlock, pianoEconomicoPlain } from "./piano-economico-yjs.ts";
import type { BlockType } from "./templates/template-schema.ts";

/** Any structured block's data, checked in full; `type` tells which. */
export const BlockDataSchema = z.discriminatedUnion("type", [
  CronoprogrammaSchema,
  PianoEconomicoSchema,
  PartenariatoSchema,
]);
export type BlockData = z.infer<typeof BlockDataSchema>;

/** How long a new cronoprogramma runs when its creator does not say. */
export const DEFAULT_PROJECT_MONTHS = 24;

export interface NewBlockOptions {
  spanMonths?: number;
  /** The calendar month of project month 1, "YYYY-MM". */
  firstMonth?: string | null;
}

/** Adds an empty block of the given type under `blockId`. */
export function createBlock(
  doc: Y.Doc,
  type: BlockType,
  blockId: string,
  options: NewBlockOptions = {},
): YRecord {
  switch (type) {
    case "cronoprogramma":
      return createCronoprogrammaBlock(doc, blockId, {
        spanMonths: options.spanMonths ?? DEFAULT_PROJECT_MONTHS,
        firstMonth: options.firstMonth ?? null,
      });
    case "pianoEconomico":
      return createPianoEconomicoBlock(doc, blockId);
    case "partenariato":
      return createPartenariatoBlock(doc, blockId);
  }
}

/** A block map as the plain data its schema reads, whatever its type. */
export function blockPlain(block: YRecord): unknown {
  switch (block.get("type")) {
    case "cronoprogramma":
      return cronoprogrammaPlain(block);
    case "pianoEconomico":
      return pianoEconomicoPlain(block);
    case "partenariato":
      return partenariatoPlain(block);
    default:
      return block.toJSON();
  }
}

export type ReadBlockResult =
  | { ok: true; data: BlockData }
  | { ok: false; problem: "missing" }
  | { ok: false; problem: "invalid"; error: z.ZodError };

/** One block of a document checked in full, as a freeze or an export needs it. */
export function readBlock(doc: Y.Doc, blockId: string): ReadBlockResult {
  const block = blockMap(doc, blockId);
  if (!block) return { ok: false, problem: "missing" };
  const parsed = BlockDataSchema.safeParse(blockPlain(block));
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, problem: "invalid", error: parsed.error };
}
