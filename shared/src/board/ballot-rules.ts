import type { RefusalRule } from "../sync/refusals.ts";
import { type Dot, DotSchema } from "./ballots.ts";
import type { VoteSession } from "./voting.ts";

/** What one update does to a ballot map: dots it writes (by id) and dots it removes. */
export interface BallotEdit {
  set: ReadonlyMap<string, unknown>;
  deleted: ReadonlySet<string>;
}

function parseDot(id: string, value: unknown): Dot | null {
  if (typeof value !== "object" || value === null) return null;
  const parsed = DotSchema.safeParse({ ...value, id });
  return parsed.success ? parsed.data : null;
}

/** Whether the dots of one vote fit its ballot: their number and the dots per note. */
function withinBudget(dots: readonly Dot[], vote: VoteSession): boolean {
  if (dots.length > vote.votesPerBallot) return false;
  const limit = vote.maxPerNote;
  if (limit === null) return true;
  const perNote = new Map<string, number>();
  for (const dot of dots) perNote.set(dot.noteId, (perNote.get(dot.noteId) ?? 0) + 1);
  return [...perNote.values()].every((count) => count <= limit);
}

/**
 * Whether `actor` may make `edit` to a ballot (a private or organisation room's `ballots` map,
 * `stored` as the server holds it). A new dot is the connection's person's, for an open vote,
 * and the ballot stays within the vote's dots and its limit per note; a dot is never rewritten.
 * Taking dots back is free: the room itself is only the owner's (or the organisation's).
 * Which notes may receive dots is applied again when counting (tally.ts).
 */
export function checkBallotEdit(
  actor: { personId: string },
  stored: ReadonlyMap<string, unknown>,
  edit: BallotEdit,
  voteOf: (voteId: string) => VoteSession | null,
): RefusalRule | null {
  const touched = new Set<string>();
  for (const [id, value] of edit.set) {
    if (stored.has(id)) return "immutable";
    const dot = parseDot(id, value);
    if (!dot) return "unknown-content";
    if (dot.voterId !== actor.personId) return "identity";
    if (voteOf(dot.voteId)?.status !== "open") return "vote-budget";
    touched.add(dot.voteId);
  }
  for (const voteId of touched) {
    const vote = voteOf(voteId);
    if (!vote) return "vote-budget";
    const after = new Map<string, unknown>([...stored].filter(([id]) => !edit.deleted.has(id)));
    for (const [id, value] of edit.set) after.set(id, value);
    const dots = [...after]
      .map(([id, value]) => parseDot(id, value))
      .filter((dot): dot is Dot => dot?.voteId === voteId);
    if (!withinBudget(dots, vote)) return "vote-budget";
  }
  return null;
}
