import {
  boardCollection,
  NOTE_COLOURS,
  readFrames,
  readNotes,
  resolveNoteColour,
  type Viewport,
} from "@tavolo/shared";
import { memo, type PointerEvent, type RefObject, useCallback, useRef } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { centreOn, minimapBounds, visibleRect } from "./minimapGeometry.ts";
import { contentRects } from "./noteActions.ts";
import { useElementSize } from "./useElementSize.ts";
import { fitTo } from "./viewport.ts";
import { useYValue } from "./yHooks.ts";

type SetViewport = (update: (view: Viewport) => Viewport) => void;

/**
 * How often, at most, the minimap re-reads the board: reading 5,000 notes on every frame of a drag
 * cost more than the frame (server/bench/board-render).
 */
const SHAPES_EVERY_MS = 200;

/** Frames and notes as bare rectangles, re-read at most every SHAPES_EVERY_MS while they change. */
function useShapes(board: Y.Doc) {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const maps = [boardCollection(board, "notes"), boardCollection(board, "frames")];
      let timer: ReturnType<typeof setTimeout> | undefined;
      const later = () => {
        timer ??= setTimeout(() => {
          timer = undefined;
          onChange();
        }, SHAPES_EVERY_MS);
      };
      for (const map of maps) map.observeDeep(later);
      return () => {
        clearTimeout(timer);
        for (const map of maps) map.unobserveDeep(later);
      };
    },
    [board],
  );
  const read = useCallback(
    () => ({
      frames: readFrames(board).map(({ id, title, x, y, w, h }) => ({ id, title, x, y, w, h })),
      notes: readNotes(board).map((note) => ({
        id: note.id,
        x: note.x,
        y: note.y,
        w: note.w,
        h: note.h,
        fill: NOTE_COLOURS[resolveNoteColour(note)].hex,
      })),
    }),
    [board],
  );
  return useYValue(subscribe, read);
}

type Shapes = ReturnType<typeof useShapes>;

/** The board's rectangles: memoised, so panning (which moves only the view's outline) skips them. */
const MinimapShapes = memo(function MinimapShapes({ shapes }: { shapes: Shapes }) {
  return (
    <>
      {shapes.frames.map((frame) => (
        <rect key={frame.id} {...box(frame)} className="tavolo-minimap__frame" />
      ))}
      {shapes.notes.map((note) => (
        <rect key={note.id} {...box(note)} fill={note.fill} className="tavolo-minimap__note" />
      ))}
    </>
  );
});

/**
 * An overview of the whole board with the part on screen outlined: click or drag on it to move
 * there. The drawing is for the pointer only (hidden from screen readers); "Vai a" offers the
 * same jumps — to the whole board or to one frame — from the keyboard.
 */
export function Minimap({
  viewport,
  setViewport,
  canvasRef,
}: {
  viewport: Viewport;
  setViewport: SetViewport;
  canvasRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const board = useBoard().rooms.board.doc;
  const shapes = useShapes(board);
  const size = useElementSize(canvasRef);
  const svgRef = useRef<SVGSVGElement>(null);
  const visible = visibleRect(viewport, size);
  const bounds = minimapBounds([...shapes.frames, ...shapes.notes], visible);

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    setViewport((view) => centreOn(view, { x: point.x, y: point.y }, size));
  };
  const goTo = (target: string) => {
    const frame = shapes.frames.find((candidate) => candidate.id === target);
    const rects = frame ? [frame] : contentRects(board);
    setViewport((view) => fitTo(view, rects, size));
  };

  return (
    <section className="tavolo-minimap" aria-labelledby="board-minimap-title">
      <h2 id="board-minimap-title" className="h6">
        {t("boards.minimap.title")}
      </h2>
      <svg
        ref={svgRef}
        aria-hidden="true"
        data-testid="board-minimap"
        className="tavolo-minimap__map"
        viewBox={`${bounds.x} ${bounds.y} ${bounds.w} ${bounds.h}`}
        style={{ aspectRatio: `${bounds.w} / ${bounds.h}` }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons & 1) moveTo(event);
        }}
      >
        <MinimapShapes shapes={shapes} />
        <rect {...box(visible)} className="tavolo-minimap__view" data-testid="minimap-view" />
      </svg>
      <p className="tavolo-minimap__hint">{t("boards.minimap.hint")}</p>
      <label htmlFor="board-minimap-goto" className="tavolo-toolbar__label">
        {t("boards.minimap.goTo")}
      </label>
      <select
        id="board-minimap-goto"
        className="form-select form-select-sm"
        value=""
        onChange={(event) => goTo(event.target.value)}
      >
        <option value="" disabled>
          {t("boards.minimap.choose")}
        </option>
        <option value="*">{t("boards.minimap.everything")}</option>
        {shapes.frames.map((frame) => (
          <option key={frame.id} value={frame.id}>
            {frame.title}
          </option>
        ))}
      </select>
    </section>
  );
}

function box(rect: { x: number; y: number; w: number; h: number }) {
  return { x: rect.x, y: rect.y, width: rect.w, height: rect.h };
}
