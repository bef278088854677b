import * as Y from "yjs";
import type { ItemChange } from "./update-changes.ts";

/**
 * The records of one top-level map (a board collection, the comment threads) as an update would
 * leave them: each a nested Y.Map keyed by id. Built from the resolved item changes and the
 * server's document, so `before` is what the server holds and `after` what it would hold.
 */
export interface RecordEdit {
  root: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed: Set<string>;
  /** Values inserted into and deleted from sequences held by the record's keys, by key. */
  added: Map<string, unknown[]>;
  removed: Map<string, unknown[]>;
  /** Something deeper than a record's keys and their sequences changed. */
  deep: boolean;
}

interface Pending {
  edit: RecordEdit;
  replaced: boolean;
  deleted: boolean;
  sets: Map<string, unknown>;
  cleared: Set<string>;
}

/** A new nested shared type written as a record's value (its content is not read further). */
export const NEW_TYPE = Symbol("new shared type");

/**
 * Groups `changes` by record. A change to the top-level map itself that is not a record (a
 * value at the top, a sequence) comes back as a record whose `after` is not from a Y.Map:
 * `deep` is set, so the rules refuse it unless the actor may do anything.
 */
export function recordEdits(doc: Y.Doc, changes: readonly ItemChange[]): RecordEdit[] {
  const pending = new Map<string, Pending>();
  const entry = (root: string, id: string): Pending => {
    const key = `${root}\u0000${id}`;
    let found = pending.get(key);
    if (!found) {
      const before = storedRecord(doc, root, id);
      const edit: RecordEdit = {
        root,
        id,
        before,
        after: null,
        changed: new Set(),
        added: new Map(),
        removed: new Map(),
        deep: false,
      };
      found = { edit, replaced: false, deleted: false, sets: new Map(), cleared: new Set() };
      pending.set(key, found);
    }
    return found;
  };
  for (const change of changes) {
    const [root, id, field, ...rest] = change.container;
    if (root === undefined) continue;
    if (id === undefined) {
      // The record itself: written (a new nested map) or deleted.
      const target = entry(root, change.key ?? "");
      if (change.key === null || (change.op === "insert" && change.newType === null)) {
        target.edit.deep = true;
      }
      if (change.op === "insert") target.replaced = true;
      else target.deleted = true;
      continue;
    }
    const target = entry(root, id);
    if (field === undefined && change.key !== null) {
      target.edit.changed.add(change.key);
      if (change.op === "insert" && change.values.length > 0) {
        target.sets.set(change.key, change.values[change.values.length - 1]);
      } else if (change.op === "insert" && change.newType) {
        target.sets.set(change.key, NEW_TYPE);
      } else {
        target.cleared.add(change.key);
      }
      continue;
    }
    if (field !== undefined && rest.length === 0 && change.key === null) {
      const into = change.op === "insert" ? target.edit.added : target.edit.removed;
      into.set(field, [...(into.get(field) ?? []), ...change.values]);
      continue;
    }
    target.edit.deep = true;
  }
  return [...pending.values()].map(finish);
}

function finish({ edit, replaced, deleted, sets, cleared }: Pending): RecordEdit {
  if (deleted && !replaced) return { ...edit, after: null };
  const base = replaced ? {} : { ...(edit.before ?? {}) };
  const after: Record<string, unknown> = { ...base };
  for (const key of cleared) delete after[key];
  for (const [key, value] of sets) after[key] = value;
  const changed = replaced
    ? new Set([...Object.keys(after), ...Object.keys(edit.before ?? {})])
    : edit.changed;
  return { ...edit, after, changed };
}

function storedRecord(doc: Y.Doc, root: string, id: string): Record<string, unknown> | null {
  if (!doc.share.has(root)) return null;
  const map = doc.getMap<unknown>(root).get(id);
  if (!(map instanceof Y.Map)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) fields[key] = value;
  return fields;
}
