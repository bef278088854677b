import { type BoardNote, isNoteInVoteScope, voteScopeFrame } from "@tavolo/shared";
import { useBoard } from "./boardContext.ts";
import type { VoteState } from "./useVoting.ts";
import { useFrames } from "./yHooks.ts";

/**
 * Whether this note may receive dots in the vote in progress: null while no vote is open, so
 * the note looks as usual; false greys it out (outside the frame voted on, or a hidden card).
 */
export function useNoteInVote(note: BoardNote | null, votes: VoteState): boolean | null {
  const frames = useFrames(useBoard().rooms.board.doc);
  if (!votes.open || !note) return null;
  return isNoteInVoteScope(votes.open.scope, note, frames);
}

/** The title of the frame the open vote is on; null for a vote on the whole board. */
export function useVoteFrameTitle(votes: VoteState): string | null {
  const frames = useFrames(useBoard().rooms.board.doc);
  if (!votes.open || votes.open.scope.kind === "board") return null;
  return voteScopeFrame(votes.open.scope, frames)?.title ?? votes.open.title;
}
