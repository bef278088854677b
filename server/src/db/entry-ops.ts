/**
 * A change to the metadata as entry-level operations: a whole entry of a top-level collection
 * (`["procedures", id]`, `["audit", 1234]`) added, replaced or removed, or a whole top-level field
 * replaced (`["version"]`). A change's record holds only the entries it touched, so its size and
 * the time to apply it grow with the change, never with the collections.
 */
export interface EntryOp {
  op: "add" | "replace" | "remove";
  path: [string] | [string, string | number];
  value?: unknown;
}

type Collection = Record<string, unknown> | unknown[];

function collectionOf(data: Record<string, unknown>, name: string): Collection {
  const collection = data[name];
  if (collection === null || typeof collection !== "object") {
    throw new Error(`metadata: ${name} is not a collection`);
  }
  return collection as Collection;
}

/** Applies the operations in place, in order (committing a change, replaying the journal). */
export function applyEntryOps(data: Record<string, unknown>, ops: readonly EntryOp[]): void {
  for (const { op, path, value } of ops) {
    const [name, key] = path;
    if (key === undefined) {
      if (op === "remove") delete data[name];
      else data[name] = value;
      continue;
    }
    const collection = collectionOf(data, name);
    if (!Array.isArray(collection)) {
      if (op === "remove") delete collection[key];
      else collection[key] = value;
      continue;
    }
    const index = Number(key);
    if (op === "remove" || !Number.isInteger(index) || index < 0 || index > collection.length) {
      throw new Error(`metadata: cannot ${op} ${name}[${key}] of ${collection.length}`);
    }
    collection[index] = value;
  }
}

export const DELETED: unique symbol = Symbol("deleted");

/**
 * The effect of changes not yet durable, over the durable data: what a new change must see
 * (each change sees every change made before it) while `data` still shows only what is durable.
 */
export class PendingLayer {
  private readonly roots = new Map<string, unknown>();
  private readonly entries = new Map<string, Map<string, unknown>>();
  private readonly lengths = new Map<string, number>();

  constructor(private readonly base: Record<string, unknown>) {}

  add(ops: readonly EntryOp[]): void {
    for (const { op, path, value } of ops) {
      const [name, key] = path;
      if (key === undefined) {
        this.roots.set(name, op === "remove" ? undefined : value);
        this.entries.delete(name);
        this.lengths.delete(name);
        continue;
      }
      const root = this.roots.get(name);
      if (root !== undefined) {
        const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
        applyEntryOps({ [name]: copy }, [{ op, path, value }]);
        this.roots.set(name, copy);
        continue;
      }
      const entries = this.entries.get(name) ?? new Map<string, unknown>();
      this.entries.set(name, entries);
      entries.set(String(key), op === "remove" ? DELETED : value);
      if (Array.isArray(this.base[name])) {
        this.lengths.set(name, Math.max(this.length(name), Number(key) + 1));
      }
    }
  }

  /** The top-level field as a whole, if a pending change replaced it. */
  replaced(name: string): unknown {
    return this.roots.get(name);
  }

  /** An entry as of the pending changes: undefined if absent or removed. */
  entry(name: string, key: string): unknown {
    const root = this.roots.get(name);
    if (root !== undefined) return (root as Record<string, unknown>)[key];
    const pending = this.entries.get(name)?.get(key);
    if (pending === DELETED) return undefined;
    if (pending !== undefined) return pending;
    return (this.base[name] as Record<string, unknown> | undefined)?.[key];
  }

  keys(name: string): string[] {
    const root = this.roots.get(name);
    if (root !== undefined) return Object.keys(root as object);
    const keys = Object.keys((this.base[name] as object | undefined) ?? {});
    const pending = this.entries.get(name);
    if (!pending) return keys;
    const kept = keys.filter((key) => pending.get(key) !== DELETED);
    const known = new Set(keys);
    for (const [key, value] of pending) if (value !== DELETED && !known.has(key)) kept.push(key);
    return kept;
  }

  length(name: string): number {
    const root = this.roots.get(name);
    if (root !== undefined) return (root as unknown[]).length;
    return this.lengths.get(name) ?? (this.base[name] as unknown[] | undefined)?.length ?? 0;
  }
}
