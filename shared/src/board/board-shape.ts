import * as Y from "yjs";
import { z } from "zod";

/**
 * The board room's Y.Doc: one top-level Y.Map per collection, holding one nested Y.Map per item
 * keyed by its id. A nested map per item (rather than one JSON value) lets two people change
 * different fields of the same note at once — one moves it, the other recolours it — and keep
 * both changes. Fields are plain values: the last writer wins on the same field.
 *
 * Facilitation state (timer, votes, locks, private writing, follow-me) lives in a separate
 * control room that only facilitators may write: see control-shape.ts.
 */
export const BOARD_COLLECTIONS = [
  "notes",
  "frames",
  "labels",
  "connectors",
  "clusters",
  "images",
] as const;
export type BoardCollection = (typeof BOARD_COLLECTIONS)[number];

/** Top-level map with board-wide settings: schema version and the template it was started from. */
export const BOARD_META = "meta";
export const BOARD_SCHEMA_VERSION = 1;

/** Ids of board items: short strings, also safe as Y.Map keys. */
export const ItemIdSchema = z.string().min(1).max(64);

/** Timestamps are ISO strings, like every other record in Tavolo. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** A collection: item id -> Y.Map of that item's fields. Values are checked on read. */
export type RecordMap = Y.Map<unknown>;

export function boardCollection(doc: Y.Doc, name: BoardCollection): RecordMap {
  return doc.getMap(name);
}

export function boardMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_META);
}

/** The types a local undo manager tracks: every collection, not the meta map. */
export function boardCollections(doc: Y.Doc): Y.Map<unknown>[] {
  return BOARD_COLLECTIONS.map((name) => boardCollection(doc, name));
}

/** True when no item has been placed yet: templates may only be applied then. */
export function isBoardEmpty(doc: Y.Doc): boolean {
  return boardCollections(doc).every((map) => map.size === 0);
}

/**
 * How new items get their id and creation time. Tests pass fixed ones; the app uses the
 * defaults (a random UUID and the local clock).
 */
export interface CreateOptions {
  newId?: () => string;
  now?: number;
}

export function resolveCreateOptions(options: CreateOptions = {}): {
  id: string;
  createdAt: string;
} {
  const id = options.newId ? options.newId() : crypto.randomUUID();
  return { id, createdAt: new Date(options.now ?? Date.now()).toISOString() };
}

/**
 * Reads one item. Anything a client can write, another client must not trust: an entry that is
 * not a Y.Map or fails the schema reads as null instead of breaking the whole board.
 */
export function readRecord<T>(map: RecordMap, id: string, schema: z.ZodType<T>): T | null {
  const entry = map.get(id);
  if (!(entry instanceof Y.Map)) return null;
  const parsed = schema.safeParse({ ...entry.toJSON(), id });
  return parsed.success ? parsed.data : null;
}

/** Every valid item of a collection, in key order (stable across clients). */
export function readRecords<T>(map: RecordMap, schema: z.ZodType<T>): T[] {
  const items: T[] = [];
  for (const id of [...map.keys()].sort()) {
    const item = readRecord(map, id, schema);
    if (item) items.push(item);
  }
  return items;
}

/** Stores a new item as a nested Y.Map, one key per field; undefined fields are left out. */
export function insertRecord(map: RecordMap, record: { id: string }): void {
  const fields = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (key !== "id" && value !== undefined) fields.set(key, value);
  }
  map.set(record.id, fields);
}

/**
 * Sets the given fields of an existing item, skipping those that already hold the value so an
 * idle drag does not flood the room with updates. Returns false when the item is missing.
 */
export function patchRecord(map: RecordMap, id: string, patch: Record<string, unknown>): boolean {
  const fields = map.get(id);
  if (!(fields instanceof Y.Map)) return false;
  const doc = map.doc;
  const apply = () => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === "id" || value === undefined || fields.get(key) === value) continue;
      fields.set(key, value);
    }
  };
  if (doc) doc.transact(apply);
  else apply();
  return true;
}
