import {
  type BoardFrame,
  type BoardLabel,
  type BoardNote,
  BoardNoteSchema,
  boardCollection,
  keyboardOrder,
  type NoteRect,
  readFrames,
  readLabels,
} from "@tavolo/shared";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { noteIndex } from "./culling/noteIndex.ts";

/** Whether a value re-read from Yjs is what React already has. */
export type SameValue<T> = (previous: T, next: T) => boolean;

const jsonOf = new WeakMap<object, string>();
/** Equal JSON; each object's JSON is computed once, the previous value's is not redone. */
function sameJson<T>(previous: T, next: T): boolean {
  const json = (value: T) => {
    if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "";
    let known = jsonOf.get(value);
    if (known === undefined) {
      known = JSON.stringify(value) ?? "";
      jsonOf.set(value, known);
    }
    return known;
  };
  return json(previous) === json(next);
}

/**
 * The same items, by identity: for lists built from the note index (culling/noteIndex.ts), whose
 * unchanged notes keep their object, where serialising 5,000 notes to compare them cost more
 * than the frame (server/bench/board-render).
 */
export function sameItems<T>(previous: readonly T[], next: readonly T[]): boolean {
  return previous.length === next.length && previous.every((item, i) => item === next[i]);
}

/**
 * A value read from Yjs, re-read on `subscribe`'s signal and handed to React only when it changed
 * (`same`, equal JSON by default): a component re-renders when what it shows changed, not on
 * every update of the room. It is re-read only after such a signal (or when `read` itself
 * changes), never merely because the component renders: useSyncExternalStore asks for the
 * snapshot on every render, the board renders many times a second for the others' pointers, and
 * reading 2,000 notes takes tens of milliseconds (see server/bench/board-render).
 */
export function useYValue<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
  same: SameValue<T> = sameJson,
): T {
  const cache = useRef<{ value: T; read: () => T; stale: boolean } | null>(null);
  const watch = useCallback(
    (onChange: () => void) => {
      const unsubscribe = subscribe(() => {
        if (cache.current) cache.current.stale = true;
        onChange();
      });
      // A change between the render and this subscription must not go unseen.
      if (cache.current) cache.current.stale = true;
      return unsubscribe;
    },
    [subscribe],
  );
  const getSnapshot = useCallback(() => {
    const cached = cache.current;
    if (cached && !cached.stale && cached.read === read) return cached.value;
    const value = read();
    const kept = cached !== null && same(cached.value, value) ? cached.value : value;
    cache.current = { value: kept, read, stale: false };
    return kept;
  }, [read, same]);
  return useSyncExternalStore(watch, getSnapshot);
}

/** Re-reads on every update of a (small) document: the control room, a private room. */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on("update", onChange);
      return () => doc.off("update", onChange);
    },
    [doc],
  );
  const readDoc = useCallback(() => read(doc), [doc, read]);
  return useYValue(subscribe, readDoc);
}

function deepSubscriber(type: Y.Map<unknown>) {
  return (onChange: () => void) => {
    type.observeDeep(onChange);
    return () => type.unobserveDeep(onChange);
  };
}

/** How long note moves settle before the keyboard order (and so the DOM order) is read again. */
const ORDER_SETTLE_MS = 250;

/**
 * The notes' boxes in keyboard order (frame by frame, reading order), for the order of their
 * elements and for viewport culling (culling/cull.ts): the board re-renders when a
 * note is added, removed or moves to another place in the order — not when one changes text.
 * A note added or removed (or a frame changed) re-reads the order at once; moves wait until they
 * settle, so a drag does not re-sort 2,000 notes and reorder their elements on every frame (a
 * full layout each time, see server/bench/board-render): the order is for Tab and screen
 * readers, which need it once the note has landed.
 */
export function useOrderedNoteRects(board: Y.Doc): NoteRect[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        timer = undefined;
        onChange();
      };
      const stop = noteIndex(board).subscribe((added) => {
        clearTimeout(timer);
        if (added) settle();
        else timer = setTimeout(settle, ORDER_SETTLE_MS);
      });
      const frames = deepSubscriber(boardCollection(board, "frames"))(onChange);
      return () => {
        clearTimeout(timer);
        stop();
        frames();
      };
    },
    [board],
  );
  const read = useCallback(
    (): NoteRect[] => keyboardOrder(noteIndex(board).list(), readFrames(board)),
    [board],
  );
  return useYValue(subscribe, read, sameItems);
}

export function useFrames(board: Y.Doc): BoardFrame[] {
  const subscribe = useCallback(
    (onChange: () => void) => deepSubscriber(boardCollection(board, "frames"))(onChange),
    [board],
  );
  return useYValue(
    subscribe,
    useCallback(() => readFrames(board), [board]),
  );
}

export function useLabels(board: Y.Doc): BoardLabel[] {
  const subscribe = useCallback(
    (onChange: () => void) => deepSubscriber(boardCollection(board, "labels"))(onChange),
    [board],
  );
  return useYValue(
    subscribe,
    useCallback(() => readLabels(board), [board]),
  );
}

/**
 * One note, subscribed to its own Y.Map (and to its key in the collection, in case it is
 * replaced or deleted): only this note's component re-renders when it changes.
 */
export function useNote(board: Y.Doc, id: string): BoardNote | null {
  const notes = boardCollection(board, "notes");
  const [fields, setFields] = useState(() => notes.get(id));
  useEffect(() => {
    const onKeys = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(id)) setFields(notes.get(id));
    };
    notes.observe(onKeys);
    setFields(notes.get(id));
    return () => notes.unobserve(onKeys);
  }, [notes, id]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!(fields instanceof Y.Map)) return () => undefined;
      fields.observe(onChange);
      return () => fields.unobserve(onChange);
    },
    [fields],
  );
  const read = useCallback(() => {
    if (!(fields instanceof Y.Map)) return null;
    const parsed = BoardNoteSchema.safeParse({ ...fields.toJSON(), id });
    return parsed.success ? parsed.data : null;
  }, [fields, id]);
  return useYValue(subscribe, read);
}
