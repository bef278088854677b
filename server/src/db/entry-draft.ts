import { current, type Draft, freeze, Immer, isDraft, isDraftable } from "immer";
import { DELETED, type EntryOp, type PendingLayer } from "./entry-ops.ts";

/** Entries are immer drafts (copy on write, frozen once finished); collections never copied. */
const immer = new Immer({ autoFreeze: true });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * Drafts die with their change: gives plain copies of any drafts `value` holds, and `value`
 * itself (same object) when it holds none.
 */
export function detach<T>(value: T): T {
  if (isDraft(value)) return current(value as Draft<T>) as T;
  if (Array.isArray(value)) {
    const copy = value.map(detach);
    return (copy.some((item, i) => item !== value[i]) ? copy : value) as T;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, detach(item)] as const);
    const changed = entries.some(([key, item]) => item !== value[key]);
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}

type Slot = { draft: object; base: unknown } | { value: unknown } | typeof DELETED;

/** What one top-level collection of a draft has touched, entry by entry. */
class CollectionDraft {
  readonly slots = new Map<string, Slot>();
  length: number;
  readonly proxy: object;

  constructor(
    private readonly name: string,
    private readonly layer: PendingLayer,
    readonly isArray: boolean,
  ) {
    this.length = isArray ? layer.length(name) : 0;
    this.proxy = new Proxy(isArray ? [] : {}, isArray ? this.arrayTraps() : this.recordTraps());
  }

  get(key: string): unknown {
    const slot = this.slots.get(key);
    if (slot === DELETED) return undefined;
    if (slot) return "draft" in slot ? slot.draft : slot.value;
    const base = this.layer.entry(this.name, key);
    if (!isDraftable(base)) return base;
    const draft = immer.createDraft(base as object);
    this.slots.set(key, { draft, base });
    return draft;
  }

  has(key: string): boolean {
    const slot = this.slots.get(key);
    if (slot !== undefined) return slot !== DELETED;
    return this.layer.entry(this.name, key) !== undefined;
  }

  /** The entry operations this collection's changes come to (none for what was only read). */
  finish(): EntryOp[] {
    const ops: EntryOp[] = [];
    const keys = [...this.slots.keys()];
    if (this.isArray) keys.sort((a, b) => Number(a) - Number(b));
    for (const key of keys) {
      const slot = this.slots.get(key);
      const path: [string, string | number] = [this.name, this.isArray ? Number(key) : key];
      const existed = this.layer.entry(this.name, key) !== undefined;
      if (slot === DELETED) {
        if (existed) ops.push({ op: "remove", path });
      } else if (slot && "draft" in slot) {
        const value = immer.finishDraft(slot.draft);
        if (value !== slot.base) ops.push({ op: "replace", path, value });
      } else if (slot) {
        ops.push({ op: existed ? "replace" : "add", path, value: freeze(slot.value, true) });
      }
    }
    return ops;
  }

  private recordTraps(): ProxyHandler<object> {
    const own = (key: string) =>
      this.has(key)
        ? { value: this.get(key), writable: true, enumerable: true, configurable: true }
        : undefined;
    return {
      get: (_, key) => (typeof key === "string" ? this.get(key) : undefined),
      set: (_, key, value) => {
        if (typeof key !== "string") return false;
        this.slots.set(key, { value: detach(value) });
        return true;
      },
      deleteProperty: (_, key) => {
        if (typeof key === "string") this.slots.set(key, DELETED);
        return true;
      },
      has: (_, key) => typeof key === "string" && this.has(key),
      ownKeys: () => {
        const keys = this.layer.keys(this.name).filter((key) => this.slots.get(key) !== DELETED);
        const known = new Set(keys);
        for (const key of this.slots.keys()) if (!known.has(key) && this.has(key)) keys.push(key);
        return keys;
      },
      getOwnPropertyDescriptor: (_, key) => (typeof key === "string" ? own(key) : undefined),
    };
  }

  /** Reads, in-place edits of entries and appends; removing entries needs a whole new array. */
  private arrayTraps(): ProxyHandler<unknown[]> {
    const index = (key: string | symbol) =>
      typeof key === "string" && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : null;
    return {
      get: (_, key) => {
        if (key === "length") return this.length;
        const i = index(key);
        if (i !== null) return i < this.length ? this.get(String(i)) : undefined;
        return Reflect.get(Array.prototype, key);
      },
      set: (_, key, value) => {
        if (key === "length") {
          if (value !== this.length) throw new Error(`metadata: ${this.name} only grows by push`);
          return true;
        }
        const i = index(key);
        if (i === null || i > this.length) return false;
        this.slots.set(String(i), { value: detach(value) });
        if (i === this.length) this.length++;
        return true;
      },
      deleteProperty: () => {
        throw new Error(`metadata: ${this.name} only grows by push`);
      },
      has: (_, key) => key === "length" || (index(key) ?? Infinity) < this.length,
      ownKeys: () => [...Array.from({ length: this.length }, (_, i) => String(i)), "length"],
      getOwnPropertyDescriptor: (_, key) => {
        if (key === "length") {
          return { value: this.length, writable: true, enumerable: false, configurable: false };
        }
        const i = index(key);
        if (i === null || i >= this.length) return undefined;
        return { value: this.get(String(i)), writable: true, enumerable: true, configurable: true };
      },
    };
  }
}

/**
 * A draft of the whole metadata over the durable data and the pending changes. Reading an entry
 * drafts only that entry; writing records only that entry. `finish` gives the change as entry
 * operations, in a cost that grows with what the change touched.
 */
export class DataDraft<T extends object> {
  private readonly collections = new Map<string, CollectionDraft>();
  private readonly roots = new Map<string, unknown>();
  readonly data: T;

  constructor(
    private readonly layer: PendingLayer,
    private readonly base: Record<string, unknown>,
  ) {
    this.data = new Proxy({} as T, {
      get: (_, key) => (typeof key === "string" ? this.field(key) : undefined),
      set: (_, key, value) => {
        if (typeof key !== "string") return false;
        this.roots.set(key, detach(value));
        this.collections.delete(key);
        return true;
      },
      has: (_, key) => typeof key === "string" && key in this.base,
      ownKeys: () => Object.keys(this.base),
      getOwnPropertyDescriptor: (_, key) =>
        typeof key === "string" && key in this.base
          ? { value: this.field(key), writable: true, enumerable: true, configurable: true }
          : undefined,
    });
  }

  private field(name: string): unknown {
    if (this.roots.has(name)) return this.roots.get(name);
    const existing = this.collections.get(name);
    if (existing) return existing.proxy;
    const value = this.layer.replaced(name) ?? this.base[name];
    if (value === null || typeof value !== "object") return value;
    const collection = new CollectionDraft(name, this.layer, Array.isArray(value));
    this.collections.set(name, collection);
    return collection.proxy;
  }

  finish(): EntryOp[] {
    const ops: EntryOp[] = [];
    for (const [name, value] of this.roots) {
      ops.push({ op: "replace", path: [name], value: freeze(value, true) });
    }
    for (const collection of this.collections.values()) ops.push(...collection.finish());
    return ops;
  }
}
