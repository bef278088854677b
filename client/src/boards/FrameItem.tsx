import { areaOf, type BoardFrame, NOTE_COLOURS, setFrameLock } from "@tavolo/shared";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { dragFrame, dragFrameCorner, frameKey } from "./frameGestures.ts";
import { LockIcon } from "./LockIcon.tsx";
import { NameForm } from "./NameForm.tsx";
import { mayEdit, removeFrame, renameFrame } from "./structureActions.ts";

const HELP_ID = "tavolo-frame-help";

/**
 * The frames, largest first so a frame drawn inside a bigger one stays on top of it (and
 * reachable), as `frameOf` gives its notes to the inner one; and the keyboard help their move
 * buttons point to (once, not per frame).
 */
export function FrameLayer({ frames }: { frames: readonly BoardFrame[] }) {
  const { t } = useTranslation();
  const stacked = [...frames].sort((a, b) => areaOf(b) - areaOf(a));
  return (
    <>
      <span id={HELP_ID} className="visually-hidden">
        {t("boards.structure.frameHelp")}
      </span>
      {stacked.map((frame) => (
        <FrameItem key={frame.id} frame={frame} />
      ))}
    </>
  );
}

/**
 * A titled region with the question it asks. Facilitators drag it by its title bar (its notes
 * come along), resize it from the corner, rename, lock or delete it; the title bar's move
 * button takes the arrows for the same with the keyboard. A locked frame shows a padlock.
 */
const FrameItem = memo(function FrameItem({ frame }: { frame: BoardFrame }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [renaming, setRenaming] = useState(false);
  const locked = board.locks.frames.has(frame.id);
  const layout = mayEdit(board, "frame", "move", frame.id);
  const tint = frame.colour ? NOTE_COLOURS[frame.colour].hex : "#ffffff";
  const title = frame.title || t("boards.structure.untitledFrame");
  return (
    <section
      className={`tavolo-frame${locked ? " is-locked" : ""}`}
      aria-label={locked ? t("boards.structure.lockedFrame", { title }) : title}
      data-frame-id={frame.id}
      style={{
        left: frame.x,
        top: frame.y,
        width: frame.w,
        height: frame.h,
        borderColor: frame.colour ? tint : undefined,
        background: `linear-gradient(${tint}55, ${tint}22)`,
      }}
    >
      <div
        className={`tavolo-frame__head${layout ? " is-draggable" : ""}`}
        onPointerDown={
          layout ? (event) => event.button === 0 && dragFrame(event, board, frame) : undefined
        }
      >
        {renaming ? (
          <NameForm
            label={t("boards.structure.frameTitle")}
            submitLabel={t("boards.structure.rename")}
            initial={frame.title}
            onSubmit={(next) => {
              renameFrame(board, frame, next);
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h2 className="tavolo-frame__title">
            {locked && <LockIcon className="tavolo-frame__lock" />}
            {frame.title}
          </h2>
        )}
        {layout && (
          <FrameControls frame={frame} locked={locked} onRename={() => setRenaming(true)} />
        )}
      </div>
      {frame.prompt && <p className="tavolo-frame__prompt">{frame.prompt}</p>}
      {layout && (
        <span
          className="tavolo-frame__resize"
          aria-hidden="true"
          onPointerDown={(event) => event.button === 0 && dragFrameCorner(event, board, frame)}
        />
      )}
    </section>
  );
});

interface ControlsProps {
  frame: BoardFrame;
  locked: boolean;
  onRename: () => void;
}

/** The facilitator's buttons on a frame's title bar. */
function FrameControls({ frame, locked, onRename }: ControlsProps) {
  const { t } = useTranslation();
  const board = useBoard();
  const title = frame.title || t("boards.structure.untitledFrame");
  const small = "btn btn-xs btn-outline-primary tavolo-frame__button";
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keeps clicks on the buttons from dragging the frame or adding a note
    <span
      className="tavolo-frame__controls"
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      <button
        type="button"
        className={small}
        aria-label={t("boards.structure.moveFrame", { title })}
        aria-describedby={HELP_ID}
        onKeyDown={(event) => frameKey(event, board, frame)}
      >
        ✥
      </button>
      <button
        type="button"
        className={small}
        aria-label={t("boards.structure.renameFrame", { title })}
        onClick={onRename}
      >
        {t("boards.structure.rename")}
      </button>
      <button
        type="button"
        className={small}
        aria-label={t(locked ? "boards.structure.unlockFrame" : "boards.structure.lockFrame", {
          title,
        })}
        onClick={() => setFrameLock(board.rooms.control.doc, frame.id, !locked)}
      >
        <LockIcon /> {locked ? t("boards.structure.unlock") : t("boards.structure.lock")}
      </button>
      <button
        type="button"
        className={small}
        aria-label={t("boards.structure.deleteFrame", { title })}
        onClick={() => removeFrame(board, frame)}
      >
        {t("boards.toolbar.delete")}
      </button>
    </span>
  );
}
