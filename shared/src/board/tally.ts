import type * as Y from "yjs";
import { type Dot, readBallot } from "./ballots.ts";
import { type BoardFrame, readFrames } from "./frames.ts";
import { compareIds } from "./geometry.ts";
import { type BoardNote, readNotes } from "./notes.ts";
import { type Ranked, rankByVotes } from "./ranking.ts";
import { isNoteInVoteScope } from "./vote-scope.ts";
import { closeVote, readVote, type VoteResults, type VoteSession } from "./voting.ts";

/**
 * Dot voting, phase two: counting. Runs on the server when a facilitator closes a vote, because
 * only the server can open every ballot room. The rules are the same ones `placeDot` checks, so a
 * client that cheated by writing its ballot directly gains nothing.
 */

/**
 * The notes that may receive votes: visible notes (a hidden card's author is not known to the
 * others, so it cannot be judged) and, for a frame vote, only those inside the frame.
 */
export function eligibleNoteIds(
  session: Pick<VoteSession, "scope">,
  notes: readonly BoardNote[],
  frames: readonly BoardFrame[],
): Set<string> {
  const inScope = notes.filter((note) => isNoteInVoteScope(session.scope, note, frames));
  return new Set(inScope.map((note) => note.id));
}

/**
 * Counts the ballots. Each ballot's dots are taken in the order placed; a dot is discarded when
 * its note is not eligible, when the note already has `maxPerNote` of this ballot's dots, or
 * when the ballot already spent `votesPerBallot`. Concurrent dots of an organisation's members
 * beyond the limit are discarded the same way on every run.
 */
export function tallyBallots(
  session: Pick<VoteSession, "votesPerBallot" | "maxPerNote">,
  ballots: readonly (readonly Dot[])[],
  eligible: ReadonlySet<string>,
): VoteResults {
  const counts: Record<string, number> = {};
  let counted = 0;
  let discarded = 0;
  for (const ballot of ballots) {
    const perNote = new Map<string, number>();
    let spent = 0;
    for (const dot of ballot) {
      const onNote = perNote.get(dot.noteId) ?? 0;
      const overNote = session.maxPerNote !== null && onNote >= session.maxPerNote;
      if (!eligible.has(dot.noteId) || overNote || spent >= session.votesPerBallot) {
        discarded++;
        continue;
      }
      perNote.set(dot.noteId, onNote + 1);
      counts[dot.noteId] = (counts[dot.noteId] ?? 0) + 1;
      spent++;
    }
    if (spent > 0) counted++;
  }
  return { counts, ballots: counted, discarded };
}

/**
 * What the server calls when a facilitator closes a vote: reads the vote from the control room,
 * the ballots from the given ballot rooms (every member's private room in a per-person vote,
 * every organisation's room in a per-organisation one), counts them against the board as it is
 * now, and writes the totals into the control room. Returns the closed session.
 */
export function closeVoteFromBallots(
  control: Y.Doc,
  board: Y.Doc,
  ballotDocs: readonly Y.Doc[],
  voteId: string,
  now: number,
): VoteSession | null {
  const session = readVote(control, voteId);
  if (!session || session.status === "closed") return session;
  const eligible = eligibleNoteIds(session, readNotes(board), readFrames(board));
  const ballots = ballotDocs.map((doc) => readBallot(doc, voteId));
  return closeVote(control, voteId, tallyBallots(session, ballots, eligible), now);
}

/** Notes that received votes, most first; equal counts share a rank, listed oldest first. */
export function rankNotes(
  counts: Readonly<Record<string, number>>,
  notes: readonly BoardNote[],
): Ranked<BoardNote>[] {
  return rankByVotes(
    notes.filter((note) => (counts[note.id] ?? 0) > 0),
    (note) => counts[note.id] ?? 0,
    (a, b) => a.createdAt.localeCompare(b.createdAt) || compareIds(a.id, b.id),
  );
}

/**
 * The `limit` best-ranked notes, plus any tied with the last of them: a cut-off never drops one
 * of two notes with the same votes at random.
 */
export function topVoted(
  counts: Readonly<Record<string, number>>,
  notes: readonly BoardNote[],
  limit: number,
): Ranked<BoardNote>[] {
  const ranked = rankNotes(counts, notes);
  const last = ranked[limit - 1];
  if (!last) return ranked;
  return ranked.filter((entry) => entry.rank <= last.rank);
}
