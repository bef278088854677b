import { isSuggestionBy, SUGGESTION_MARK, suggestionKindOf } from "@tavolo/shared";
import * as Y from "yjs";
import type { RoomActor } from "./room-rules.ts";
import type { ItemFinder } from "./section-of-change.ts";
import type { ItemChange } from "./update-changes.ts";

/**
 * What right a change in a section's text needs (shared/src/proposal/suggestion-marks.ts):
 * - `suggest`: the actor's own suggestion work: text inserted under their own insertion mark,
 *   their own deletion marks, withdrawing their own pending suggestions;
 * - `review`: settling someone else's suggestion: removing their marks, deleting text they
 *   proposed, deleting text proposed for deletion (accepting the deletion);
 * - `direct`: anything else (plain text, formatting, blocks, attributes).
 *
 * Marks are Y.XmlText formatting items, so this reads formatting the way Yjs does: the value of
 * a key at a point is the nearest live format item of that key to its left in the same text.
 * The walks stay within one paragraph's text.
 */
export type ChangeRight = "suggest" | "review" | "direct";

const INSERTION = SUGGESTION_MARK.insertion;

/** The right `change` needs from `actor`. */
export function rightNeeded(change: ItemChange, actor: RoomActor, finder: ItemFinder): ChangeRight {
  const { item } = change;
  if (change.key !== null) return "direct"; // an element's attribute
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return "suggest";
  if (content instanceof Y.ContentType) {
    // An empty text node appears when the first letter is typed into an empty paragraph; its
    // letters are changes of their own. Any other node is structure.
    return content.type instanceof Y.XmlText ? "suggest" : "direct";
  }
  const own = (value: unknown) => isSuggestionBy(value, actor);
  if (content instanceof Y.ContentFormat) {
    return change.op === "insert"
      ? formatInsertRight(item, content, own, finder)
      : formatDeleteRight(item, content, own, finder);
  }
  if (!(content instanceof Y.ContentString || content instanceof Y.ContentEmbed)) return "direct";
  if (change.op === "insert") {
    return own(valueBefore(item, INSERTION, finder)) ? "suggest" : "direct";
  }
  const inserted = valueBefore(item, INSERTION, finder);
  if (inserted !== null) return own(inserted) ? "suggest" : "review";
  return valueBefore(item, SUGGESTION_MARK.deletion, finder) !== null ? "review" : "direct";
}

function formatInsertRight(
  item: Y.Item,
  format: Y.ContentFormat,
  own: (value: unknown) => boolean,
  finder: ItemFinder,
): ChangeRight {
  const kind = suggestionKindOf(format.key);
  if (kind === null) return "direct";
  // The value in force where the update's items attach to the server's text.
  const before = valueBefore(item, format.key, finder, false);
  if (own(format.value)) {
    // An insertion mark must end before the server's text: else it would claim stored text.
    return kind === "deletion" || closesInUpdate(item, format.key, finder) ? "suggest" : "direct";
  }
  if (format.value === null && (before === null || own(before))) return "suggest";
  // Restoring the value in force before the actor's own run (typing inside another's range).
  if (before !== null && sameValue(format.value, before)) return "suggest";
  return "review";
}

function formatDeleteRight(
  item: Y.Item,
  format: Y.ContentFormat,
  own: (value: unknown) => boolean,
  finder: ItemFinder,
): ChangeRight {
  const kind = suggestionKindOf(format.key);
  if (kind === null) return "direct";
  if (own(format.value)) {
    // Unmarking one's own proposed text would accept it: only once that text is gone too.
    return kind === "deletion" || runEmptied(item, format.key, finder) ? "suggest" : "review";
  }
  if (format.value === null) {
    // Removing the end of a run extends it over the text that follows (unless the run's start
    // goes with it).
    const before = storedValueLeftOf(item.left, format.key, finder.deletedHere);
    if (before === null) return "suggest";
    if (kind === "deletion" && own(before)) return "suggest";
    return own(before) && runEmptied(item, format.key, finder) ? "suggest" : "review";
  }
  return "review";
}

/**
 * The value of formatting `key` just left of `item`: along the item's origins while they are
 * new in the update (where the client put it; with `inUpdate` false their formats are passed
 * over), then along the server's text.
 */
function valueBefore(item: Y.Item, key: string, finder: ItemFinder, inUpdate = true): unknown {
  if (!finder.isNew(item)) return storedValueLeftOf(item.left, key);
  let current = inUpdate ? finder.leftOf(item) : finder.find(item.origin);
  while (current && finder.isNew(current)) {
    const content = current.content;
    if (inUpdate && content instanceof Y.ContentFormat && content.key === key) {
      return content.value;
    }
    current = inUpdate ? finder.leftOf(current) : finder.find(current.origin);
  }
  return storedValueLeftOf(current, key);
}

function storedValueLeftOf(
  start: Y.Item | null,
  key: string,
  gone: ReadonlySet<Y.Item> = new Set(),
): unknown {
  for (let current = start; current !== null; current = current.left) {
    if (current.deleted || gone.has(current)) continue;
    const content = current.content;
    if (content instanceof Y.ContentFormat && content.key === key) return content.value;
  }
  return null;
}

/**
 * Whether a format item opening an insertion run ends before any stored text: the update's
 * new items right of it reach a format item of the same key, or the run ends where the text
 * ends or where a stored format of that key begins.
 */
function closesInUpdate(opening: Y.Item, key: string, finder: ItemFinder): boolean {
  let current: Y.Item | null = finder.rightOf(opening);
  while (current && finder.isNew(current)) {
    const content = current.content;
    if (content instanceof Y.ContentFormat && content.key === key) return true;
    current = finder.rightOf(current);
  }
  if (current === null) return true;
  const content = current.content;
  return content instanceof Y.ContentFormat && content.key === key;
}

/** Whether the text a format item opens, up to the next format of its key, is deleted now. */
function runEmptied(opening: Y.Item, key: string, finder: ItemFinder): boolean {
  for (let current = opening.right; current !== null; current = current.right) {
    if (current.deleted) continue;
    const content = current.content;
    if (content instanceof Y.ContentFormat) {
      if (content.key === key) return true;
      continue;
    }
    if (!finder.deletedHere.has(current)) return false;
  }
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether `change` writes a suggestion mark in someone else's name: a new mark whose author is
 * not the actor, other than the value already in force there (Yjs restores it after a run).
 */
export function forgesSuggestion(
  change: ItemChange,
  actor: RoomActor,
  finder: ItemFinder,
): boolean {
  const content = change.item.content;
  if (change.op !== "insert" || !(content instanceof Y.ContentFormat)) return false;
  if (suggestionKindOf(content.key) === null || content.value === null) return false;
  if (isSuggestionBy(content.value, actor)) return false;
  return !sameValue(content.value, valueBefore(change.item, content.key, finder, false));
}
