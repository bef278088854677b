import { openVote, type VoteMode, VoteModeSchema } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { boardApi } from "./boardApi.ts";
import { useBoard } from "./boardContext.ts";
import { useVoteState } from "./useVoting.ts";

/** Facilitators: open a dot vote (N dots per person or organisation), then close it. */
export function VoteControls() {
  const { t } = useTranslation();
  const board = useBoard();
  const votes = useVoteState();
  const [perBallot, setPerBallot] = useState(3);
  const [mode, setMode] = useState<VoteMode>("persona");
  const [error, setError] = useState<string | null>(null);
  if (votes.open) {
    const close = () => {
      setError(null);
      boardApi.closeVote(board.info.board.id).catch(() => setError(t("boards.vote.closeFailed")));
    };
    return (
      <span className="tavolo-toolbar__group">
        <button type="button" className="btn btn-sm btn-warning" onClick={close}>
          {t("boards.vote.close")}
        </button>
        {error && (
          <span role="alert" className="text-danger">
            {error}
          </span>
        )}
      </span>
    );
  }
  const open = () =>
    openVote(
      board.rooms.control.doc,
      { title: "", scope: { kind: "board" }, mode, votesPerBallot: perBallot },
      board.info.me.personId,
    );
  return (
    <fieldset className="tavolo-toolbar__group">
      <legend className="visually-hidden">{t("boards.vote.group")}</legend>
      <label htmlFor="board-vote-count" className="tavolo-toolbar__label">
        {t("boards.vote.perBallot")}
      </label>
      <input
        id="board-vote-count"
        type="number"
        min={1}
        max={20}
        className="form-control form-control-sm tavolo-toolbar__number"
        value={perBallot}
        onChange={(event) =>
          setPerBallot(Math.max(1, Math.min(20, Number(event.target.value) || 1)))
        }
      />
      <label htmlFor="board-vote-mode" className="visually-hidden">
        {t("boards.vote.mode")}
      </label>
      <select
        id="board-vote-mode"
        className="form-select form-select-sm tavolo-toolbar__mode"
        value={mode}
        onChange={(event) => {
          const parsed = VoteModeSchema.safeParse(event.target.value);
          if (parsed.success) setMode(parsed.data);
        }}
      >
        <option value="persona">{t("boards.vote.perPerson")}</option>
        <option value="organizzazione">{t("boards.vote.perOrganisation")}</option>
      </select>
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={open}>
        {t("boards.vote.open")}
      </button>
    </fieldset>
  );
}
