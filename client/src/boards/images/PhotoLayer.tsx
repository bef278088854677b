import { type BoardImage, boardCollection, readImages } from "@tavolo/shared";
import { memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "../boardContext.ts";
import { track } from "../useNoteGestures.ts";
import { useYValue } from "../yHooks.ts";
import { mayDeletePhoto, mayMovePhoto, removePhoto, shiftPhoto } from "./photoActions.ts";
import { photoUrl } from "./photoApi.ts";

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The board's photos, under the notes so a note written on top of a photo stays readable. */
export function PhotoLayer() {
  const board = useBoard();
  const doc = board.rooms.board.doc;
  const subscribe = useCallback(
    (onChange: () => void) => {
      const images = boardCollection(doc, "images");
      images.observeDeep(onChange);
      return () => images.unobserveDeep(onChange);
    },
    [doc],
  );
  const images = useYValue(
    subscribe,
    useCallback(() => readImages(doc), [doc]),
  );
  return images.map((image) => <Photo key={image.id} image={image} />);
}

/**
 * One photo: dragged with the pointer or moved with the arrows (Shift: further) by whoever may
 * move notes; deleted (button or Delete) by its author or a facilitator.
 */
const Photo = memo(function Photo({ image }: { image: BoardImage }) {
  const { t } = useTranslation();
  const board = useBoard();
  const movable = mayMovePhoto(board, image);
  const deletable = mayDeletePhoto(board, image);
  const label = t("boards.photos.label", { alt: image.alt });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a photo with its delete button, reached with Tab
    <div
      role="group"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: photos are moved with the arrows (WCAG 2.1.1)
      tabIndex={0}
      data-image-id={image.id}
      className={`tavolo-photo${movable ? " is-movable" : ""}`}
      style={{ left: image.x, top: image.y, width: image.w, height: image.h }}
      onPointerDown={(event) => {
        if (event.button !== 0 || !movable || event.target instanceof HTMLButtonElement) return;
        event.stopPropagation();
        let at = { x: image.x, y: image.y };
        track(event, board.zoom.current, board.undo.undoManager, (dx, dy) => {
          shiftPhoto(board, { ...image, ...at }, dx, dy);
          at = { x: at.x + dx, y: at.y + dy };
        });
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        const arrow = ARROWS[event.key];
        if (arrow && movable) {
          const step = event.shiftKey ? 50 : 10;
          shiftPhoto(board, image, arrow[0] * step, arrow[1] * step);
        } else if ((event.key === "Delete" || event.key === "Backspace") && deletable) {
          removePhoto(board, image);
        } else return;
        event.preventDefault();
        event.stopPropagation();
      }}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      <img src={photoUrl(board.info.board, image.hash)} alt={image.alt} draggable={false} />
      {deletable && (
        <button
          type="button"
          className="tavolo-photo__delete"
          aria-label={t("boards.photos.delete", { alt: image.alt })}
          onClick={() => removePhoto(board, image)}
        >
          ×
        </button>
      )}
    </div>
  );
});
