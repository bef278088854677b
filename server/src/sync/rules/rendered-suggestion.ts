import { DOCUMENT_CONTENT_FIELD, isSuggestionBy, SUGGESTION_MARK } from "@tavolo/shared";
import * as Y from "yjs";
import type { RoomActor } from "./room-rules.ts";
import type { ItemFinder } from "./section-of-change.ts";
import type { ItemChange } from "./update-changes.ts";

/**
 * The texts an update changes only as `actor`'s suggestion work *as read*, though not item by
 * item. The editor binding (y-prosemirror) writes a paragraph by diffing its old and new string:
 * a letter typed before the same letter ("N" before "Nel") is written after it, and the marks
 * are then laid over the text as the editor shows it, so the server's "N" gets the typist's
 * insertion mark and the new "N" none; deleting one's own proposed "N" before "Nel" deletes
 * the stored one instead. Item by item that is someone else's text claimed or deleted; read as
 * text it is an ordinary suggestion. When the item rules refuse an update, each stored
 * paragraph text it touches is read before and after (on a copy of the document: only for
 * updates that would otherwise be refused) and excused when the reading differs only by text
 * under the actor's own insertion mark added or removed, and the actor's own deletion mark set
 * or cleared. Anything else in the update is still judged item by item.
 */
export function textsSuggestedAsRead(
  doc: Y.Doc,
  update: Uint8Array,
  changes: readonly ItemChange[],
  actor: RoomActor,
  finder: ItemFinder,
  maySuggestIn: (text: Y.XmlText) => boolean,
): Set<Y.XmlText> {
  const touched = new Set<Y.XmlText>();
  for (const change of changes) {
    if (change.container[0] !== DOCUMENT_CONTENT_FIELD) continue;
    const text = storedTextOf(change, finder);
    if (text && maySuggestIn(text)) touched.add(text);
  }
  const excused = new Set<Y.XmlText>();
  if (touched.size === 0) return excused;
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  for (const text of touched) {
    const holder = text._item;
    const after = holder ? Y.getItem(copy.store, holder.id) : null;
    if (!(after instanceof Y.Item) || after.deleted) continue;
    const type = after.content instanceof Y.ContentType ? after.content.type : null;
    if (!(type instanceof Y.XmlText)) continue;
    if (onlySuggestionWork(reading(text), reading(type), actor)) excused.add(text);
  }
  copy.destroy();
  return excused;
}

/** The stored paragraph text a change of letters or marks lies in, or null. */
export function storedTextOf(change: ItemChange, finder: ItemFinder): Y.XmlText | null {
  if (change.key !== null) return null;
  let current: Y.Item | null = change.item;
  while (current && finder.isNew(current)) {
    const parent: unknown = current.parent;
    if (parent instanceof Y.ID) {
      const holder = finder.find(parent);
      if (!holder || finder.isNew(holder)) return null;
      const content = holder.content;
      return content instanceof Y.ContentType && content.type instanceof Y.XmlText
        ? content.type
        : null;
    }
    current = finder.find(current.origin ?? current.rightOrigin);
  }
  const parent = current?.parent;
  return parent instanceof Y.XmlText ? parent : null;
}

/** One letter or embed of a text, with the formatting in force on it. */
interface Piece {
  content: string;
  attributes: Record<string, unknown>;
}

function reading(text: Y.XmlText): Piece[] {
  const pieces: Piece[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const attributes = op.attributes ?? {};
    if (typeof op.insert === "string") {
      for (const letter of op.insert) pieces.push({ content: letter, attributes });
    } else {
      pieces.push({ content: JSON.stringify(op.insert), attributes });
    }
  }
  return pieces;
}

function canonical(attributes: Record<string, unknown>, without?: string): string {
  const keys = Object.keys(attributes)
    .filter((key) => key !== without && attributes[key] !== null && attributes[key] !== undefined)
    .sort();
  return JSON.stringify(keys.map((key) => [key, attributes[key]]));
}

function samePiece(a: Piece, b: Piece): boolean {
  return a.content === b.content && canonical(a.attributes) === canonical(b.attributes);
}

/**
 * Whether `after` is `before` with only the actor's suggestion work done: the changed stretch
 * (between the common start and end) holds, on both sides, the same pieces apart from text
 * under the actor's own insertion mark, with the deletion mark differing only by the actor's own.
 */
function onlySuggestionWork(before: Piece[], after: Piece[], actor: RoomActor): boolean {
  let start = 0;
  while (
    start < before.length &&
    start < after.length &&
    samePiece(before[start] as Piece, after[start] as Piece)
  ) {
    start++;
  }
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    samePiece(before[before.length - 1 - end] as Piece, after[after.length - 1 - end] as Piece)
  ) {
    end++;
  }
  const own = (piece: Piece) =>
    isSuggestionBy(piece.attributes[SUGGESTION_MARK.insertion], actor) &&
    ownOrNone(piece.attributes[SUGGESTION_MARK.deletion] ?? null, actor);
  if (!after.every((piece, index) => !own(piece) || inherited(after, index))) return false;
  const kept = (pieces: Piece[]) =>
    pieces.slice(start, pieces.length - end).filter((piece) => !own(piece));
  const was = kept(before);
  const is = kept(after);
  if (was.length !== is.length) return false;
  return was.every((piece, index) => {
    const now = is[index] as Piece;
    if (now.content !== piece.content) return false;
    const deletion = SUGGESTION_MARK.deletion;
    if (canonical(piece.attributes, deletion) !== canonical(now.attributes, deletion)) return false;
    const from = piece.attributes[deletion] ?? null;
    const to = now.attributes[deletion] ?? null;
    return (
      canonical({ d: from }) === canonical({ d: to }) ||
      (ownOrNone(from, actor) && ownOrNone(to, actor))
    );
  });
}

/** Whether a piece's formatting (bold, link...) is none or its neighbour's, as typing gives it. */
function inherited(pieces: Piece[], index: number): boolean {
  const plain = (piece: Piece | undefined) =>
    piece && canonical({ ...piece.attributes, insertion: null, deletion: null });
  const formatting = plain(pieces[index]);
  return (
    formatting === "[]" ||
    formatting === plain(pieces[index - 1]) ||
    formatting === plain(pieces[index + 1])
  );
}

function ownOrNone(value: unknown, actor: RoomActor): boolean {
  return value === null || isSuggestionBy(value, actor);
}
