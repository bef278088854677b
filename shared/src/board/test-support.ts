import * as Y from "yjs";
import type { NoteAuthor } from "./notes.ts";

/**
 * Helpers for the board's unit tests only (no production code imports this file): peers that
 * exchange updates the way the sync server relays them, and predictable ids and clocks.
 */

/** The origin remote updates are applied with, like a provider's. */
export const REMOTE = Symbol("remote");

/** Relays every update of `a` to `b` and back, as two clients in one room. Returns a stop fn. */
export function connectDocs(a: Y.Doc, b: Y.Doc): () => void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), REMOTE);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), REMOTE);
  const toB = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  };
  const toA = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  };
  a.on("update", toB);
  b.on("update", toA);
  return () => {
    a.off("update", toB);
    b.off("update", toA);
  };
}

/** Ids `prefix-1`, `prefix-2`, … */
export function sequentialIds(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

export const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);

export const ANNA: NoteAuthor = {
  personId: "anna",
  displayName: "Anna Rossi",
  organisationId: "meta",
};

export const LUCA: NoteAuthor = {
  personId: "luca",
  displayName: "Luca Bianchi",
  organisationId: "cordata",
};

export const ORGANISATIONS: ReadonlyMap<string, string> = new Map([
  ["meta", "Cooperativa Meta"],
  ["cordata", "La Cordata"],
]);
