import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { NameForm } from "./NameForm.tsx";
import { mayRegroup, renameGroup, ungroup } from "./structureActions.ts";
import { type ClusterOutline, useClusterOutlines } from "./structureHooks.ts";
import { useVoteState } from "./useVoting.ts";

/** Room left between a cluster's notes and its outline. */
const PAD = 18;

/**
 * The clusters, each drawn as a labelled outline around its notes with the votes they carry once
 * a vote has closed; rename and ungroup from the outline's tag.
 */
export function ClusterLayer() {
  const board = useBoard();
  const outlines = useClusterOutlines(board.rooms.board.doc);
  const counts = useVoteState().closed?.results?.counts ?? null;
  return (
    <>
      {outlines.map((outline) => (
        <ClusterOutlineView
          key={outline.id}
          outline={outline}
          votes={counts ? outline.noteIds.reduce((sum, id) => sum + (counts[id] ?? 0), 0) : null}
        />
      ))}
    </>
  );
}

function ClusterOutlineView({ outline, votes }: { outline: ClusterOutline; votes: number | null }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [renaming, setRenaming] = useState(false);
  const { bounds, name } = outline;
  const editable = mayRegroup(board, outline.id);
  return (
    <section
      className="tavolo-cluster"
      aria-label={t("boards.structure.clusterLabel", { name, count: outline.noteIds.length })}
      data-cluster-id={outline.id}
      style={{
        left: bounds.x - PAD,
        top: bounds.y - PAD,
        width: bounds.w + 2 * PAD,
        height: bounds.h + 2 * PAD,
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only keeps a double-click on the tag from adding a note */}
      <div className="tavolo-cluster__tag" onDoubleClick={(event) => event.stopPropagation()}>
        {renaming ? (
          <NameForm
            label={t("boards.structure.clusterName")}
            submitLabel={t("boards.structure.rename")}
            initial={name}
            onSubmit={(next) => {
              renameGroup(board, outline.id, next);
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h3 className="tavolo-cluster__name">{name}</h3>
        )}
        {votes !== null && (
          <span className="tavolo-cluster__votes">{t("boards.vote.count", { count: votes })}</span>
        )}
        {editable && (
          <>
            <button
              type="button"
              className="btn btn-xs btn-link"
              aria-label={t("boards.structure.renameCluster", { name })}
              onClick={() => setRenaming(true)}
            >
              {t("boards.structure.rename")}
            </button>
            <button
              type="button"
              className="btn btn-xs btn-link"
              aria-label={t("boards.structure.ungroupCluster", { name })}
              onClick={() => ungroup(board, outline.id)}
            >
              {t("boards.structure.ungroup")}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
