import * as Y from "yjs";
import { z } from "zod";
import {
  ActivitySchema,
  CalendarMonthSchema,
  CronoprogrammaSchema,
  CronoprogrammaShapeSchema,
  type MonthRange,
  monthsInRange,
  ProjectMonthSchema,
} from "./cronoprogramma.ts";
import { insertBlock, requireBlockType, transactBlock, type YRecord } from "./document-shape.ts";
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
 * In Yjs a cronoprogramma block is a Y.Map { type: "cronoprogramma", spanMonths, firstMonth,
 * activities: Y.Array<Y.Map { id, name, responsibleOrganisationId, months: Y.Map<true> }> }.
 * Months are the keys ("1", "2", …) of a nested map, so two people ticking different months of
 * one activity at once both keep their tick.
 */
const ACTIVITIES = "activities";
const MONTHS = "months";

export const NewCronoprogrammaSchema = CronoprogrammaShapeSchema.pick({
  spanMonths: true,
  firstMonth: true,
}).extend({ firstMonth: CalendarMonthSchema.nullable().default(null) });

/** Adds an empty cronoprogramma block for a project of `spanMonths` months. */
export function createCronoprogrammaBlock(
  doc: Y.Doc,
  blockId: string,
  input: z.input<typeof NewCronoprogrammaSchema>,
): YRecord {
  const { spanMonths, firstMonth } = NewCronoprogrammaSchema.parse(input);
  return insertBlock(doc, blockId, {
    type: "cronoprogramma",
    spanMonths,
    firstMonth,
    [ACTIVITIES]: new Y.Array(),
  });
}

function monthsFromMap(value: unknown): unknown {
  if (!(value instanceof Y.Map)) return value;
  return [...value.entries()].filter(([, on]) => on === true).map(([key]) => Number(key));
}

/** The block as plain data in the shape the schemas read (months as a list). */
export function cronoprogrammaPlain(block: YRecord): unknown {
  const activities = rowsOf(block, ACTIVITIES)
    ?.toArray()
    .map((row) => {
      if (!(row instanceof Y.Map)) return row;
      return { ...row.toJSON(), [MONTHS]: monthsFromMap(row.get(MONTHS)) };
    });
  return { ...block.toJSON(), [ACTIVITIES]: activities };
}

/** The block as typed data the editor can draw, even with months outside the span. */
export function readCronoprogramma(block: YRecord) {
  return CronoprogrammaShapeSchema.safeParse(cronoprogrammaPlain(block));
}

/** The block checked in full (months within the span), as a freeze needs it. */
export function readValidCronoprogramma(block: YRecord) {
  return CronoprogrammaSchema.safeParse(cronoprogrammaPlain(block));
}

function spanOf(block: YRecord): number {
  return ProjectMonthSchema.parse(block.get("spanMonths"));
}

function checkWithinSpan(block: YRecord, months: readonly number[]): void {
  const span = spanOf(block);
  const outside = months.filter((month) => month > span);
  if (outside.length > 0) {
    throw new Error(`months ${outside.join(", ")} are outside the project span of ${span} months`);
  }
}

const NewActivitySchema = ActivitySchema.omit({ id: true }).extend({
  responsibleOrganisationId: ActivitySchema.shape.responsibleOrganisationId.default(null),
  months: ActivitySchema.shape.months.default([]),
});
export type NewActivity = z.input<typeof NewActivitySchema>;

/** Appends an activity, validated, with its months within the project span. */
export function addActivity(block: YRecord, input: NewActivity, id = newRowId()) {
  requireBlockType(block, "cronoprogramma");
  const activity = ActivitySchema.parse({ ...NewActivitySchema.parse(input), id });
  checkWithinSpan(block, activity.months);
  transactBlock(block, () => {
    const months = new Y.Map<boolean>(activity.months.map((month) => [String(month), true]));
    appendRow(requireRows(block, ACTIVITIES), { ...activity, [MONTHS]: months });
  });
  return activity;
}

export const ActivityPatchSchema = ActivitySchema.pick({
  name: true,
  responsibleOrganisationId: true,
}).partial();

/** Renames an activity or changes who is responsible; false when the activity is gone. */
export function updateActivity(
  block: YRecord,
  id: string,
  patch: z.input<typeof ActivityPatchSchema>,
): boolean {
  requireBlockType(block, "cronoprogramma");
  const valid = ActivityPatchSchema.parse(patch);
  const row = findRow(requireRows(block, ACTIVITIES), id);
  if (!row) return false;
  transactBlock(block, () => patchRow(row, valid));
  return true;
}

function monthsMap(row: YRecord): Y.Map<unknown> {
  const existing = row.get(MONTHS);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  row.set(MONTHS, created);
  return created;
}

/**
 * Makes an activity run in exactly these months. Only the months that change are written, so a
 * concurrent tick on another month is kept.
 */
export function setActivityMonths(block: YRecord, id: string, months: readonly number[]) {
  requireBlockType(block, "cronoprogramma");
  const wanted = new Set(ActivitySchema.shape.months.parse(months));
  checkWithinSpan(block, [...wanted]);
  const row = findRow(requireRows(block, ACTIVITIES), id);
  if (!row) return false;
  transactBlock(block, () => {
    const map = monthsMap(row);
    for (const key of [...map.keys()]) if (!wanted.has(Number(key))) map.delete(key);
    for (const month of wanted) if (map.get(String(month)) !== true) map.set(String(month), true);
  });
  return true;
}

/** Ticks or unticks one month of an activity. */
export function setActivityMonth(block: YRecord, id: string, month: number, on: boolean) {
  requireBlockType(block, "cronoprogramma");
  const valid = ProjectMonthSchema.parse(month);
  if (on) checkWithinSpan(block, [valid]);
  const row = findRow(requireRows(block, ACTIVITIES), id);
  if (!row) return false;
  transactBlock(block, () => {
    const map = monthsMap(row);
    if (on) map.set(String(valid), true);
    else map.delete(String(valid));
  });
  return true;
}

/** Makes an activity run from its start to its end month (end ≥ start, within the span). */
export function setActivityRange(block: YRecord, id: string, range: MonthRange): boolean {
  return setActivityMonths(block, id, monthsInRange(range));
}

export function removeActivity(block: YRecord, id: string): boolean {
  requireBlockType(block, "cronoprogramma");
  let removed = false;
  transactBlock(block, () => {
    removed = deleteRow(requireRows(block, ACTIVITIES), id);
  });
  return removed;
}

export const ProjectSpanPatchSchema = z
  .object({ spanMonths: ProjectMonthSchema, firstMonth: CalendarMonthSchema.nullable() })
  .partial();

/**
 * Changes the project's length or calendar start. Shortening keeps months set beyond the new
 * end: validation reports them, so nobody's work disappears silently.
 */
export function setProjectSpan(
  block: YRecord,
  patch: z.input<typeof ProjectSpanPatchSchema>,
): void {
  requireBlockType(block, "cronoprogramma");
  const valid = ProjectSpanPatchSchema.parse(patch);
  transactBlock(block, () => patchRow(block, valid));
}
