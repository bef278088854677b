import {
  type BoardFrame,
  type BoardNote,
  boardCollection,
  isNoteInVoteScope,
  readFrame,
  type VoteSession,
} from "@tavolo/shared";
import { useCallback } from "react";
import { useBoard } from "./boardContext.ts";
import type { VoteState } from "./useVoting.ts";
import { useYValue } from "./yHooks.ts";

/**
 * The frame a vote is (or was) on, kept up to date as it is moved or resized. Every note asks,
 * so only that one frame is read, and nothing is watched at all for a vote on the whole board.
 */
function useScopeFrame(session: VoteSession | null): BoardFrame | null {
  const board = useBoard().rooms.board.doc;
  const frameId = session?.scope.kind === "frame" ? session.scope.frameId : null;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (frameId === null) return () => undefined;
      const frames = boardCollection(board, "frames");
      frames.observeDeep(onChange);
      return () => frames.unobserveDeep(onChange);
    },
    [board, frameId],
  );
  const read = useCallback(
    () => (frameId === null ? null : readFrame(board, frameId)),
    [board, frameId],
  );
  return useYValue(subscribe, read);
}

/**
 * Whether this note may receive dots in the vote in progress: null while no vote is open, so
 * the note looks as usual; false greys it out (outside the frame voted on, or a hidden card).
 */
export function useNoteInVote(note: BoardNote | null, votes: VoteState): boolean | null {
  const frame = useScopeFrame(votes.open);
  if (!votes.open || !note) return null;
  return isNoteInVoteScope(votes.open.scope, note, frame ? [frame] : []);
}

/** The title of the frame a vote is (or was) on; null for a vote on the whole board. */
export function useVoteFrameTitle(session: VoteSession | null): string | null {
  const frame = useScopeFrame(session);
  if (!session || session.scope.kind === "board") return null;
  return frame?.title ?? session.title;
}
