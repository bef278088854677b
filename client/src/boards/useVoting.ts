import {
  type BallotOwner,
  ballotOwner,
  currentVote,
  dotsPerNote,
  latestClosedVote,
  readBallot,
  type VoteSession,
} from "@tavolo/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useDocValue } from "./yHooks.ts";

export interface VoteState {
  open: VoteSession | null;
  closed: VoteSession | null;
}

const readVoteState = (control: Y.Doc): VoteState => ({
  open: currentVote(control),
  closed: latestClosedVote(control),
});

/** The vote in progress and the latest closed one (with its counts), from the control room. */
export function useVoteState(): VoteState {
  return useDocValue(useBoard().rooms.control.doc, readVoteState);
}

/** Where this person's dots go in `session`: their private room or their organisation's. */
export function useBallotDoc(
  session: VoteSession | null,
): { doc: Y.Doc; owner: BallotOwner } | null {
  const { rooms, info } = useBoard();
  if (!session) return null;
  const owner = ballotOwner(session, { ...info.me });
  if (!owner) return null;
  const room = owner.kind === "person" ? rooms.private : rooms.organisation;
  return room ? { doc: room.doc, owner } : null;
}

/** This ballot's dots on one note in the open vote. */
export function useMyDots(ballot: Y.Doc | null, voteId: string | null, noteId: string): number {
  const { rooms } = useBoard();
  const read = useCallback(
    (doc: Y.Doc) => (voteId && ballot ? (dotsPerNote(readBallot(doc, voteId))[noteId] ?? 0) : 0),
    [ballot, voteId, noteId],
  );
  return useDocValue(ballot ?? rooms.control.doc, read);
}
