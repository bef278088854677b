import {
  endActivity,
  openVote,
  type VoteMode,
  VoteModeSchema,
  type VoteScope,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { boardApi } from "./boardApi.ts";
import { useBoard } from "./boardContext.ts";
import { useVoteState } from "./useVoting.ts";
import { useFrames } from "./yHooks.ts";

/**
 * Facilitators: open a dot vote on the whole board or on one frame, with N dots per person or
 * per organisation, then close it (the server counts the ballots).
 */
export function VoteControls() {
  const { t } = useTranslation();
  const board = useBoard();
  const votes = useVoteState();
  const [perBallot, setPerBallot] = useState(3);
  const [mode, setMode] = useState<VoteMode>("persona");
  const [frameId, setFrameId] = useState("");
  const frames = useFrames(board.rooms.board.doc);
  const [error, setError] = useState<string | null>(null);
  if (votes.open) {
    const close = () => {
      setError(null);
      endActivity(board.rooms.control.doc, Date.now());
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
  // A frame deleted since it was chosen falls back to the whole board rather than a vote on nothing.
  const frame = frames.find((candidate) => candidate.id === frameId);
  const scope: VoteScope = frame ? { kind: "frame", frameId: frame.id } : { kind: "board" };
  const open = () =>
    openVote(
      board.rooms.control.doc,
      { title: frame?.title ?? "", scope, mode, votesPerBallot: perBallot },
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
      <label htmlFor="board-vote-scope" className="visually-hidden">
        {t("boards.voteScope.where")}
      </label>
      <select
        id="board-vote-scope"
        className="form-select form-select-sm tavolo-toolbar__mode tavolo-toolbar__scope"
        value={frame ? frame.id : ""}
        onChange={(event) => setFrameId(event.target.value)}
      >
        <option value="">{t("boards.voteScope.board")}</option>
        {frames.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {t("boards.voteScope.frame", { title: candidate.title })}
          </option>
        ))}
      </select>
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
