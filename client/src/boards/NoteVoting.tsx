import { eligibleNoteIds, placeDot, readFrames, readNotes, removeDot } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { useBallotDoc, useMyDots, type VoteState } from "./useVoting.ts";

/**
 * Dots on a note: one's own while a vote is open (with +/−), the count once it closed. A note
 * outside the vote (another frame, a hidden card) takes no new dot; a dot already on it (the
 * note was moved out of the frame) can still be taken back.
 */
export function NoteVoting({
  noteId,
  inScope,
  counted,
  votes,
}: {
  noteId: string;
  inScope: boolean;
  counted: number | null;
  votes: VoteState;
}) {
  const { t } = useTranslation();
  const { rooms, info } = useBoard();
  const ballot = useBallotDoc(votes.open);
  const mine = useMyDots(ballot?.doc ?? null, votes.open?.id ?? null, noteId);
  if (votes.open && !inScope && mine === 0) {
    return (
      <span className="tavolo-note__out" aria-hidden="true">
        {t("boards.voteScope.outOfScope")}
      </span>
    );
  }
  if (votes.open && ballot) {
    const session = votes.open;
    const voter = { noteId, voterId: info.me.personId };
    const add = () => {
      const board = rooms.board.doc;
      const eligible = eligibleNoteIds(session, readNotes(board), readFrames(board));
      placeDot(ballot.doc, session, voter, eligible);
    };
    return (
      <div className="tavolo-note__vote">
        <span className="tavolo-note__dots" aria-hidden="true">
          {"●".repeat(mine)}
        </span>
        {inScope && (
          <button
            type="button"
            className="btn btn-xs btn-primary"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={add}
            aria-label={t("boards.vote.add", { count: mine })}
          >
            +
          </button>
        )}
        {mine > 0 && (
          <button
            type="button"
            className="btn btn-xs btn-outline-primary"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() => removeDot(ballot.doc, session, voter)}
            aria-label={t("boards.vote.remove")}
          >
            −
          </button>
        )}
      </div>
    );
  }
  if (counted !== null && counted > 0) {
    return (
      <span className="tavolo-note__result" aria-hidden="true">
        {t("boards.vote.count", { count: counted })}
      </span>
    );
  }
  return null;
}
