import {
  type BoardNote,
  isNoteInVoteScope,
  type VoteSession,
  voteScopeFrame,
} from "@tavolo/shared";
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

/** The title of the frame a vote is (or was) on; null for a vote on the whole board. */
export function useVoteFrameTitle(session: VoteSession | null): string | null {
  const frames = useFrames(useBoard().rooms.board.doc);
  if (!session || session.scope.kind === "board") return null;
  return voteScopeFrame(session.scope, frames)?.title ?? session.title;
}
