import { DOCUMENT_CONTENT_FIELD, DOCUMENT_NODE, documentContent } from "@tavolo/shared";
import * as Y from "yjs";
import { findContaining, type ItemChange } from "./update-changes.ts";

/**
 * Which sections of a document's text a change touches, resolved against the server's copy:
 * a section runs from its section heading (an element directly in the `content` fragment) to
 * the next live one; `null` is the text before the first heading.
 *
 * - A change inside a stored block belongs to that block's section; the heading itself belongs
 *   to its own section.
 * - A new block belongs to every section between the stored neighbours it was placed between
 *   (concurrent edits may have put a heading there since the client saw them).
 * - A section heading inserted or deleted also touches the section before it, whose end it
 *   moves; a heading's `sectionKey` written touches the section it names.
 *
 * The top-level order is cached per document and dropped only by a transaction that changes
 * the fragment's children or a top-level element's attributes: typing never rebuilds it.
 */
export type SectionKey = string | null;

interface SectionIndex {
  /** Position of every top-level item, deleted ones included, in fragment order. */
  position: Map<Y.Item, number>;
  /** The section each position lies in. */
  keyAt: SectionKey[];
}

const indexes = new WeakMap<Y.Doc, SectionIndex>();
const watched = new WeakSet<Y.Doc>();

/** The section key of a top-level item when it is a live section heading, else undefined. */
export function headingKey(item: Y.Item): string | undefined {
  if (item.deleted || !(item.content instanceof Y.ContentType)) return undefined;
  const type = item.content.type;
  if (!(type instanceof Y.XmlElement) || type.nodeName !== DOCUMENT_NODE.sectionHeading) {
    return undefined;
  }
  const key = type.getAttribute("sectionKey");
  return typeof key === "string" ? key : "";
}

function buildIndex(fragment: Y.XmlFragment): SectionIndex {
  const position = new Map<Y.Item, number>();
  const keyAt: SectionKey[] = [];
  let current: SectionKey = null;
  for (let item = fragment._start; item !== null; item = item.right) {
    current = headingKey(item) ?? current;
    position.set(item, keyAt.length);
    keyAt.push(current);
  }
  return { position, keyAt };
}

function sectionIndex(doc: Y.Doc): SectionIndex {
  const fragment: unknown = documentContent(doc);
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        if (type === fragment || type._item?.parent === fragment) {
          indexes.delete(doc);
          return;
        }
      }
    });
  }
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(documentContent(doc));
    indexes.set(doc, index);
  }
  return index;
}

/** Looks up items by id among the server's and an update's new items. */
export class ItemFinder {
  private readonly byClient = new Map<number, Y.Item[]>();
  /** Stored items this update deletes. */
  readonly deletedHere = new Set<Y.Item>();
  /** New items by their right origin's id: what the client inserted right before it. */
  private readonly before = new Map<string, Y.Item>();
  /** New items by their origin's id: what the client inserted right after it. */
  private readonly after = new Map<string, Y.Item>();

  constructor(
    private readonly doc: Y.Doc,
    changes: readonly ItemChange[],
  ) {
    for (const change of changes) {
      if (change.op === "delete") this.deletedHere.add(change.item);
      if (change.op !== "insert") continue;
      const list = this.byClient.get(change.item.id.client) ?? [];
      list.push(change.item);
      this.byClient.set(change.item.id.client, list);
      const { origin, rightOrigin } = change.item;
      if (origin) this.after.set(`${origin.client}:${origin.clock}`, change.item);
      if (rightOrigin) this.before.set(`${rightOrigin.client}:${rightOrigin.clock}`, change.item);
    }
  }

  /**
   * The item left of a new `item` once the update is applied: a new item the client put right
   * before it later in the update (y-prosemirror inserts text, then formats it), else its origin.
   */
  leftOf(item: Y.Item): Y.Item | null {
    return this.before.get(`${item.id.client}:${item.id.clock}`) ?? this.find(item.origin);
  }

  /** The item right of a new `item` once applied: one inserted right after it, else its right origin. */
  rightOf(item: Y.Item): Y.Item | null {
    return this.successor(item) ?? this.find(item.rightOrigin);
  }

  /** The new item inserted right after `item`'s last character, if the update has one. */
  successor(item: Y.Item): Y.Item | null {
    return this.after.get(`${item.id.client}:${item.id.clock + item.length - 1}`) ?? null;
  }

  /** The item holding `id`, or null when neither the server nor the update has it. */
  find(id: Y.ID | null): Y.Item | null {
    if (id === null) return null;
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const struct: unknown = Y.getItem(this.doc.store, id);
      return struct instanceof Y.Item ? struct : null;
    }
    return findContaining(this.byClient.get(id.client) ?? [], id.clock);
  }

  isNew(item: Y.Item): boolean {
    return item.id.clock >= Y.getState(this.doc.store, item.id.client);
  }
}

/** The sections `change` touches; empty for a change outside the document's text. */
export function sectionsOfChange(doc: Y.Doc, change: ItemChange, finder: ItemFinder): SectionKey[] {
  if (change.container[0] !== DOCUMENT_CONTENT_FIELD) return [];
  const index = sectionIndex(doc);
  const { top } = change;
  const touched = new Set<SectionKey>();
  const named = change.values[0];
  if (change.key === "sectionKey" && change.container.length === 2 && typeof named === "string") {
    touched.add(named); // a heading (new or renamed) names the section it opens
  }
  const stored = index.position.get(top);
  if (stored !== undefined) {
    touched.add(index.keyAt[stored] ?? null);
    if (change.item === top && headingKey(top) !== undefined && stored > 0) {
      touched.add(index.keyAt[stored - 1] ?? null);
    }
    return [...touched];
  }
  const left = storedNeighbour(top, finder, (item) => item.origin);
  const right = storedNeighbour(top, finder, (item) => item.rightOrigin);
  const from = left ? (index.position.get(left) ?? -1) : -1;
  const to = right ? (index.position.get(right) ?? index.keyAt.length) : index.keyAt.length;
  if (from < 0) touched.add(null);
  for (let position = Math.max(from, 0); position < Math.max(to, from + 1); position++) {
    touched.add(index.keyAt[position] ?? null);
  }
  return [...touched];
}

/** The first stored item along `next` from a new item (null: the fragment's start or end). */
function storedNeighbour(
  item: Y.Item,
  finder: ItemFinder,
  next: (item: Y.Item) => Y.ID | null,
): Y.Item | null {
  let current: Y.Item | null = finder.find(next(item));
  while (current && finder.isNew(current)) current = finder.find(next(current));
  return current;
}

/** The section a stored type of the document's text lies in (undefined: not in the text). */
export function sectionOfStoredType(
  doc: Y.Doc,
  type: { _item: Y.Item | null },
): SectionKey | undefined {
  let top = type._item;
  while (top && top.parent instanceof Y.AbstractType && top.parent._item) top = top.parent._item;
  if (!top) return undefined;
  const index = sectionIndex(doc);
  const position = index.position.get(top);
  return position === undefined ? undefined : (index.keyAt[position] ?? null);
}
