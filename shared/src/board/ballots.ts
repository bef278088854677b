import type * as Y from "yjs";
import { z } from "zod";
import {
  type CreateOptions,
  ItemIdSchema,
  resolveCreateOptions,
  TimestampSchema,
} from "./board-shape.ts";
import { compareIds } from "./geometry.ts";
import type { VoteSession } from "./voting.ts";

/**
 * A ballot: the dots one owner (a person, or an organisation) placed in one vote. It lives in the
 * owner's private or organisation room, in the flat `ballots` map: dot id -> dot. One entry per
 * dot, never a count per note nor a nested map per vote created on first use: either would let
 * two members of an organisation voting at the same moment overwrite each other's dots. Limits
 * are applied again when counting (tally.ts).
 */
export const BALLOTS_MAP = "ballots";

export const DotSchema = z.object({
  id: ItemIdSchema,
  voteId: ItemIdSchema,
  noteId: ItemIdSchema,
  /** Who placed it: the owner in a personal ballot, one of its members in an organisation's. */
  voterId: ItemIdSchema,
  placedAt: TimestampSchema,
});
export type Dot = z.infer<typeof DotSchema>;

function ballotMap(ballotDoc: Y.Doc): Y.Map<unknown> {
  return ballotDoc.getMap<unknown>(BALLOTS_MAP);
}

/** One vote's dots in this ballot, in the order they were placed (the order limits apply in). */
export function readBallot(ballotDoc: Y.Doc, voteId: string): Dot[] {
  const dots: Dot[] = [];
  for (const [id, value] of ballotMap(ballotDoc)) {
    const parsed = DotSchema.safeParse(isObject(value) ? { ...value, id } : null);
    if (parsed.success && parsed.data.voteId === voteId) dots.push(parsed.data);
  }
  return sortDots(dots);
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

export function sortDots(dots: readonly Dot[]): Dot[] {
  return [...dots].sort((a, b) => a.placedAt.localeCompare(b.placedAt) || compareIds(a.id, b.id));
}

/** Dots per note in this ballot, to draw one's own (or one's organisation's) dots. */
export function dotsPerNote(dots: readonly Dot[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const dot of dots) counts[dot.noteId] = (counts[dot.noteId] ?? 0) + 1;
  return counts;
}

/** Dots still to place. */
export function votesLeft(ballotDoc: Y.Doc, session: VoteSession): number {
  return Math.max(0, session.votesPerBallot - readBallot(ballotDoc, session.id).length);
}

export type PlaceDotRefusal = "closed" | "noVotesLeft" | "noteLimit" | "notEligible";
export type PlaceDotResult = { ok: true; dot: Dot } | { ok: false; reason: PlaceDotRefusal };

/**
 * Puts a dot on a note if the vote allows it. `eligible` is the set of notes that may receive
 * votes now (see `eligibleNoteIds`). The same rules run again when counting, so a client that
 * skips this check only loses its extra dots.
 */
export function placeDot(
  ballotDoc: Y.Doc,
  session: VoteSession,
  input: { noteId: string; voterId: string },
  eligible: ReadonlySet<string>,
  options?: CreateOptions,
): PlaceDotResult {
  const refusal = dotRefusal(readBallot(ballotDoc, session.id), session, input.noteId, eligible);
  if (refusal) return { ok: false, reason: refusal };
  const { id, createdAt } = resolveCreateOptions(options);
  const dot = DotSchema.parse({ id, voteId: session.id, ...input, placedAt: createdAt });
  const { id: _key, ...stored } = dot;
  ballotMap(ballotDoc).set(dot.id, stored);
  return { ok: true, dot };
}

function dotRefusal(
  dots: readonly Dot[],
  session: VoteSession,
  noteId: string,
  eligible: ReadonlySet<string>,
): PlaceDotRefusal | null {
  if (session.status !== "open") return "closed";
  if (!eligible.has(noteId)) return "notEligible";
  if (dots.length >= session.votesPerBallot) return "noVotesLeft";
  const onNote = dots.filter((dot) => dot.noteId === noteId).length;
  if (session.maxPerNote !== null && onNote >= session.maxPerNote) return "noteLimit";
  return null;
}

/**
 * Takes one dot back from a note: the voter's own latest one if they have one there, otherwise
 * the ballot's latest (an organisation's members share their dots). False if there was none.
 */
export function removeDot(
  ballotDoc: Y.Doc,
  session: VoteSession,
  input: { noteId: string; voterId: string },
): boolean {
  if (session.status !== "open") return false;
  const onNote = readBallot(ballotDoc, session.id).filter((dot) => dot.noteId === input.noteId);
  const own = onNote.filter((dot) => dot.voterId === input.voterId);
  const target = own.at(-1) ?? onNote.at(-1);
  if (!target) return false;
  ballotMap(ballotDoc).delete(target.id);
  return true;
}
