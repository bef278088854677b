import * as Y from "yjs";
import { z } from "zod";
import { boardCollection, TimestampSchema } from "./board-shape.ts";
import { ControlKey, controlMap, readControlValue, writeControlValue } from "./control-shape.ts";

/**
 * Anonymous mode: while `active`, nobody's name is shown on the notes (cards, screen-reader
 * labels, people's pointers stay named) and exports replace it too; `keepAfter` keeps the names
 * hidden once the activity ends, exports included. Kept in the control room, so only a
 * facilitator can switch it. The board still records who wrote what: the server needs it to
 * decide who may edit a note, so this hides names on screen and in files, not on the wire.
 */
export const AnonymitySchema = z
  .object({ active: z.boolean(), keepAfter: z.boolean(), since: TimestampSchema })
  .nullable();
export type Anonymity = z.infer<typeof AnonymitySchema>;

/** What stands for a hidden name, in each language the board speaks. */
export const HIDDEN_AUTHOR = { it: "Nome nascosto", en: "Name hidden" } as const;

export function readAnonymity(control: Y.Doc): Anonymity {
  return readControlValue(controlMap(control), ControlKey.anonymity, AnonymitySchema, null);
}

/** Sets anonymous mode (facilitators, through the control room); both false switches it off. */
export function writeAnonymity(
  control: Y.Doc,
  mode: { active: boolean; keepAfter: boolean },
  now: number,
): void {
  const map = controlMap(control);
  if (!mode.active && !mode.keepAfter) {
    map.delete(ControlKey.anonymity);
    return;
  }
  const since = readAnonymity(control)?.since ?? new Date(now).toISOString();
  writeControlValue(map, ControlKey.anonymity, AnonymitySchema, { ...mode, since });
}

/** Whether authors are hidden now: during the activity, or after it when the facilitator chose. */
export function authorsHidden(anonymity: Anonymity): boolean {
  return anonymity !== null && (anonymity.active || anonymity.keepAfter);
}

/**
 * The items as everyone may see them: with authors hidden, each author's name becomes
 * `HIDDEN_AUTHOR` and the organisation is dropped (it would name a one-person organisation).
 * The board's views and every export call this one helper, so they cannot disagree.
 */
export function withAuthorsHidden<T extends { authorName: string; organisationId: string | null }>(
  items: readonly T[],
  hidden: boolean,
  lang: keyof typeof HIDDEN_AUTHOR = "it",
): T[] {
  if (!hidden) return [...items];
  return items.map((item) => ({ ...item, authorName: HIDDEN_AUTHOR[lang], organisationId: null }));
}

/**
 * A copy of `board` with every note's author hidden, for the exports (CSV, SVG, PNG) to read in
 * place of the board itself while authors are hidden: they then cannot leak a name, whichever
 * field they print. The copy is detached: writing to it changes nobody's board.
 */
export function boardWithAuthorsHidden(board: Y.Doc, lang: keyof typeof HIDDEN_AUTHOR): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  copy.transact(() => {
    for (const fields of boardCollection(copy, "notes").values()) {
      if (!(fields instanceof Y.Map)) continue;
      fields.set("authorName", HIDDEN_AUTHOR[lang]);
      fields.set("organisationId", null);
    }
  });
  return copy;
}
