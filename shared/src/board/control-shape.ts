import type * as Y from "yjs";
import type { z } from "zod";

/**
 * The control room of a board (`<boardId>:control`, see board-rooms.ts): facilitation state that
 * every member reads and only facilitators write — the server opens it read-only for every other
 * role. Keeping it out of the board document is what makes a lock, a timer or a vote result
 * something a partner's client cannot quietly change.
 *
 * - `control` map: `timer`, `privateWriting`, `followMe`, `summon` and `anonymity`, each one plain JSON value so that a
 *   state (e.g. running since t with r ms left) is always replaced whole, never half-merged;
 * - `locks` map: `board` and `frame:<frameId>` -> true while locked;
 * - `votes` map: vote id -> one plain JSON vote session, results included once closed.
 */
export const CONTROL_MAP = "control";
export const CONTROL_LOCKS = "locks";
export const CONTROL_VOTES = "votes";

export const ControlKey = {
  timer: "timer",
  privateWriting: "privateWriting",
  followMe: "followMe",
  summon: "summon",
  anonymity: "anonymity",
} as const;
export type ControlKey = (typeof ControlKey)[keyof typeof ControlKey];

export function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_MAP);
}

export function controlLocks(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_LOCKS);
}

export function controlVotes(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_VOTES);
}

/** Reads one control value, or `fallback` when it is missing or malformed. */
export function readControlValue<T>(
  map: Y.Map<unknown>,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): T {
  const parsed = schema.safeParse(map.get(key));
  return parsed.success ? parsed.data : fallback;
}

/** Writes one control value after checking it, so a bug cannot store a state others cannot read. */
export function writeControlValue<T>(
  map: Y.Map<unknown>,
  key: string,
  schema: z.ZodType<T>,
  value: T,
): T {
  const checked = schema.parse(value);
  map.set(key, checked);
  return checked;
}
