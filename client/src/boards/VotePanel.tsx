import { readBallot, readNotes, topVoted } from "@tavolo/shared";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useVoteFrameTitle } from "./useVoteScope.ts";
import { useBallotDoc, useVoteState } from "./useVoting.ts";
import { useDocValue } from "./yHooks.ts";

/**
 * The vote in progress (dots left; `show="open"`, in the status strip everyone sees) or the
 * ranking of the latest closed vote (`show="closed"`, in the side panel).
 */
export function VotePanel({ show }: { show: "open" | "closed" }) {
  const votes = useVoteState();
  const frameTitle = useVoteFrameTitle(votes.open ?? votes.closed);
  if (votes.open) return show === "open" ? <OpenVote frameTitle={frameTitle} /> : null;
  if (show === "open" || !votes.closed?.results) return null;
  const { counts, ballots } = votes.closed.results;
  return <Ranking counts={counts} ballots={ballots} frameTitle={frameTitle} />;
}

function OpenVote({ frameTitle }: { frameTitle: string | null }) {
  const { t } = useTranslation();
  const { rooms } = useBoard();
  const votes = useVoteState();
  const ballot = useBallotDoc(votes.open);
  const session = votes.open;
  const read = useCallback(
    (doc: Y.Doc) => (session && ballot ? readBallot(doc, session.id).length : 0),
    [session, ballot],
  );
  const used = useDocValue(ballot?.doc ?? rooms.control.doc, read);
  if (!session) return null;
  const left = Math.max(0, session.votesPerBallot - used);
  return (
    <section className="tavolo-board__vote" aria-labelledby="board-vote-title">
      <h2 id="board-vote-title" className="h6">
        {t("boards.vote.openTitle")}
      </h2>
      <p className="mb-1" data-testid="vote-scope">
        {frameTitle === null
          ? t("boards.voteScope.openOnBoard")
          : t("boards.voteScope.openOnFrame", { title: frameTitle })}
      </p>
      <p className="mb-0" role="status">
        {ballot ? t("boards.vote.left", { count: left }) : t("boards.vote.cannotVote")}
      </p>
    </section>
  );
}

function Ranking({
  counts,
  ballots,
  frameTitle,
}: {
  counts: Record<string, number>;
  ballots: number;
  frameTitle: string | null;
}) {
  const { t } = useTranslation();
  const { rooms } = useBoard();
  const read = useCallback((doc: Y.Doc) => readNotes(doc), []);
  const notes = useDocValue(rooms.board.doc, read);
  const ranked = topVoted(counts, notes, 10);
  return (
    <section className="tavolo-board__vote" aria-labelledby="board-ranking-title">
      <h2 id="board-ranking-title" className="h6">
        {t("boards.vote.results", { count: ballots })}
      </h2>
      {frameTitle !== null && (
        <p className="mb-1">{t("boards.voteScope.closedOnFrame", { title: frameTitle })}</p>
      )}
      {ranked.length === 0 ? (
        <p className="mb-0">{t("boards.vote.noVotes")}</p>
      ) : (
        <ol className="tavolo-ranking" data-testid="vote-ranking">
          {ranked.map(({ item, rank, votes }) => (
            <li key={item.id} value={rank}>
              <span className="tavolo-ranking__text">
                {item.text || t("boards.note.emptyText")}
              </span>
              <span className="badge bg-primary">{t("boards.vote.count", { count: votes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
