import { uuidv4 } from "lib0/random";
import * as Y from "yjs";
import { z } from "zod";
import type { YRecord } from "./document-shape.ts";

/**
 * Rows of a structured block (activities, cost items, partners): a Y.Array of Y.Maps, each with
 * an `id`. Inserting appends a new Y.Map, so rows added at once by two people both survive, and
 * a row's fields are separate map keys, so two people editing different cells both survive.
 */
export type YRows = Y.Array<YRecord>;

export const RowIdSchema = z.string().min(1).max(64);

/** A fresh row id. lib0's uuid works in Node and in any browser, secure context or not. */
export function newRowId(): string {
  return uuidv4();
}

/** The rows array stored under `field` of a block map, or undefined when absent or malformed. */
export function rowsOf(block: YRecord, field: string): YRows | undefined {
  const value = block.get(field);
  return value instanceof Y.Array ? (value as YRows) : undefined;
}

/** Like `rowsOf`, for writers: a block without its rows array was written badly. */
export function requireRows(block: YRecord, field: string): YRows {
  const rows = rowsOf(block, field);
  if (!rows) throw new Error(`block has no "${field}" rows`);
  return rows;
}

export function rowIndex(rows: YRows, id: string): number {
  return rows.toArray().findIndex((row) => row instanceof Y.Map && row.get("id") === id);
}

export function findRow(rows: YRows, id: string): YRecord | undefined {
  const index = rowIndex(rows, id);
  return index < 0 ? undefined : rows.get(index);
}

/** Appends a row built from plain fields (values may be Yjs types, e.g. a Y.Map of months). */
export function appendRow(rows: YRows, fields: Record<string, unknown>): YRecord {
  const row = new Y.Map<unknown>(Object.entries(fields));
  rows.push([row]);
  return row;
}

/** Deletes the row with that id; false when no such row exists (already deleted by someone). */
export function deleteRow(rows: YRows, id: string): boolean {
  const index = rowIndex(rows, id);
  if (index < 0) return false;
  rows.delete(index, 1);
  return true;
}

/** Sets the given fields of a row, skipping unchanged values so no empty update is sent. */
export function patchRow(row: YRecord, patch: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined && row.get(field) !== value) row.set(field, value);
  }
}

/** Plain rows for validation: each Y.Map as JSON (nested types included), anything else as is. */
export function plainRows(rows: YRows | undefined): unknown[] | undefined {
  return rows?.toArray().map((row) => (row instanceof Y.Map ? row.toJSON() : row));
}
