import * as Y from "yjs";

/**
 * What one Yjs update would change in a document, resolved against the server's copy of it
 * before it is applied: for each inserted or deleted item, the container it sits in (a path of
 * map keys from a root type) and its map key. Nothing is taken from what the client claims
 * beyond the update's own structure: a parent named by id is looked up in the server's store
 * (or among the update's own new items), and a deletion is resolved to the server's item.
 *
 * Why decode rather than apply to a copy: Yjs cannot take an update back out of a document, and
 * cloning a document per update costs its whole size (a 2,000-note board, a long proposal) for
 * every keystroke. Decoding costs the size of the update plus one store lookup per item and per
 * deleted range, so a validating server stays within a few per cent of a trusting one
 * (server/bench/README.md, "Validation").
 */
export interface ItemChange {
  op: "insert" | "delete";
  /** Root type name, then the map keys down to the container (`#` for a sequence element). */
  container: readonly string[];
  /** The key in a map container; null for an element of a sequence (array, text, XML). */
  key: string | null;
  /** The item's values (a map entry has one); a nested shared type reads as a `Y.AbstractType`. */
  values: readonly unknown[];
  /** Present when the item is new in this update and holds a shared type (its own id). */
  newType: Y.ID | null;
  /** The item itself: new in this update (insert) or the server's (delete). */
  item: Y.Item;
  /** The item directly in the root type that holds this change (the item itself at the top). */
  top: Y.Item;
}

export type UpdateChanges =
  | { ok: true; changes: ItemChange[] }
  /** The update refers to items the server does not have: it cannot be checked. */
  | { ok: false; reason: string };

/** Marks an element of a sequence (array, text, XML) in a container path. */
export const SEQUENCE = "#";

type Struct = Y.Item | Y.GC | Y.Skip;
/** A stored item's parent: a shared type. */
type StoredType = Extract<Y.Item["parent"], { _item: unknown }>;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];
/** A container path, a map key (null in a sequence) and the item holding the container. */
type Place = [readonly string[], string | null, Y.Item | null];

class Unresolvable extends Error {}

/** Decodes `update` and resolves each change against `doc` (which it does not modify). */
export function updateChanges(doc: Y.Doc, update: Uint8Array): UpdateChanges {
  const decoded = Y.decodeUpdate(update);
  try {
    return { ok: true, changes: new Resolver(doc, decoded.structs).resolve(decoded.ds) };
  } catch (error) {
    if (error instanceof Unresolvable) return { ok: false, reason: error.message };
    throw error;
  }
}

class Resolver {
  private readonly byClient = new Map<number, Y.Item[]>();
  private readonly own = new Set<Y.Item>();
  private readonly places = new Map<Y.Item, Place>();
  private readonly containers = new Map<Y.Item, readonly string[]>();
  private readonly roots = new Map<unknown, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: readonly Struct[],
  ) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.byClient.set(struct.id.client, list);
      this.own.add(struct);
    }
    for (const [name, type] of doc.share) this.roots.set(type, name);
  }

  resolve(ds: DeleteSet): ItemChange[] {
    const changes: ItemChange[] = [];
    for (const struct of this.structs) {
      if (!(struct instanceof Y.Item)) continue; // GC and Skip carry no content
      const [container, key, holder] = this.placeOf(struct);
      const isType = struct.content instanceof Y.ContentType;
      changes.push({
        op: "insert",
        container,
        key,
        values: isType || struct.content instanceof Y.ContentDeleted ? [] : contentOf(struct),
        newType: isType ? struct.id : null,
        item: struct,
        top: this.topOf(struct, holder),
      });
    }
    for (const [client, ranges] of ds.clients) {
      for (const range of ranges) this.deletions(client, range.clock, range.len, changes);
    }
    return changes;
  }

  /** Server items in the range that are not deleted yet; new items of this update are skipped. */
  private deletions(client: number, clock: number, len: number, out: ItemChange[]): void {
    const structs = this.doc.store.clients.get(client) ?? [];
    const known = Y.getState(this.doc.store, client);
    if (clock + len > known && !this.ownCovers(client, Math.max(clock, known), clock + len)) {
      throw new Unresolvable(`deletes unknown items of client ${client}`);
    }
    if (clock >= known) return;
    const end = Math.min(clock + len, known);
    for (let index = Y.findIndexSS(structs as Struct[], clock); index < structs.length; index++) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= end) break;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const [container, key, holder] = this.placeOfStored(struct);
      out.push({
        op: "delete",
        container,
        key,
        values: contentOf(struct),
        newType: null,
        item: struct,
        top: this.topOf(struct, holder),
      });
    }
  }

  private ownCovers(client: number, from: number, to: number): boolean {
    const list = this.byClient.get(client) ?? [];
    let next = from;
    for (const item of list) {
      if (item.id.clock <= next && item.id.clock + item.length > next) {
        next = item.id.clock + item.length;
      }
    }
    return next >= to;
  }

  /**
   * Container path and key of an item. An item without parent info sits next to its origin
   * (or right origin), under the same key: the chain is walked without recursion, as typed text
   * can chain thousands of items, and every item on it remembers the answer.
   */
  private placeOf(item: Y.Item): Place {
    const chain: Y.Item[] = [];
    let current = item;
    let place: Place;
    for (;;) {
      const known = this.places.get(current);
      if (known) {
        place = known;
        break;
      }
      if (!this.own.has(current)) {
        place = this.placeOfStored(current);
        break;
      }
      const parent = current.parent as unknown;
      if (typeof parent === "string") {
        place = [[parent], current.parentSub, null];
        break;
      }
      if (parent instanceof Y.ID) {
        const holder = this.find(parent);
        place = [this.pathOfType(holder), current.parentSub, holder];
        break;
      }
      const neighbourId = current.origin ?? current.rightOrigin;
      if (!neighbourId) throw new Unresolvable("an item without parent or neighbour");
      chain.push(current);
      current = this.find(neighbourId);
    }
    this.places.set(current, place);
    for (const linked of chain) this.places.set(linked, place);
    return place;
  }

  private placeOfStored(item: Y.Item): Place {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) throw new Unresolvable("a stored item without parent");
    return [this.pathOfStoredType(parent), item.parentSub, parent._item];
  }

  /** The item in the root type that holds `item`, whose container is held by `holder`. */
  private topOf(item: Y.Item, holder: Y.Item | null): Y.Item {
    let top = item;
    let next = holder;
    while (next) {
      top = next;
      next = this.placeOf(next)[2];
    }
    return top;
  }

  /** The path of the type held by `item` (a ContentType item). */
  private pathOfType(item: Y.Item): readonly string[] {
    const cached = this.containers.get(item);
    if (cached) return cached;
    const [container, key] = this.placeOf(item);
    const path = [...container, key ?? SEQUENCE];
    this.containers.set(item, path);
    return path;
  }

  private pathOfStoredType(type: StoredType): readonly string[] {
    const holder = type._item;
    if (holder === null) {
      const name = this.roots.get(type);
      if (name === undefined) throw new Unresolvable("a root type the server does not know");
      return [name];
    }
    return this.pathOfType(holder);
  }

  /** The item holding clock `id`, from the server's store or this update. */
  private find(id: Y.ID): Y.Item {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const struct = Y.getItem(this.doc.store, id) as Struct;
      if (struct instanceof Y.Item) return struct;
      throw new Unresolvable("refers to collected content");
    }
    const item = findContaining(this.byClient.get(id.client) ?? [], id.clock);
    if (item) return item;
    throw new Unresolvable(`refers to an unknown item ${id.client}:${id.clock}`);
  }
}

function contentOf(item: Y.Item): unknown[] {
  return item.content.getContent();
}

/** Binary search in a client's items, sorted by clock as an update lists them. */
export function findContaining(items: readonly Y.Item[], clock: number): Y.Item | null {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (!item) return null;
    if (clock < item.id.clock) high = middle - 1;
    else if (clock >= item.id.clock + item.length) low = middle + 1;
    else return item;
  }
  return null;
}
