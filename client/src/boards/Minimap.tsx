import {
  boardCollection,
  NOTE_COLOURS,
  type NoteShape,
  type Rect,
  readFrames,
  resolveNoteColour,
  unionBounds,
  type Viewport,
} from "@tavolo/shared";
import { type PointerEvent, type RefObject, useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { noteIndex } from "./culling/noteIndex.ts";
import { toolInsets } from "./layout/toolInsets.ts";
import { centreOn, minimapBounds, visibleRect } from "./minimapGeometry.ts";
import { contentRects } from "./noteActions.ts";
import { useElementSize } from "./useElementSize.ts";
import { fitTo } from "./viewport.ts";
import { sameItems, useYValue } from "./yHooks.ts";

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
      let timer: ReturnType<typeof setTimeout> | undefined;
      const later = () => {
        timer ??= setTimeout(() => {
          timer = undefined;
          onChange();
        }, SHAPES_EVERY_MS);
      };
      const frames = boardCollection(board, "frames");
      frames.observeDeep(later);
      const stop = noteIndex(board).subscribe(later);
      return () => {
        clearTimeout(timer);
        frames.unobserveDeep(later);
        stop();
      };
    },
    [board],
  );
  const read = useCallback(
    () => ({
      frames: readFrames(board).map(({ id, title, x, y, w, h }) => ({ id, title, x, y, w, h })),
      notes: noteIndex(board).list(),
    }),
    [board],
  );
  return useYValue(subscribe, read, sameShapes);
}

function sameShapes(previous: Shapes, next: Shapes): boolean {
  return (
    sameItems(previous.notes, next.notes) &&
    JSON.stringify(previous.frames) === JSON.stringify(next.frames)
  );
}

interface Shapes {
  frames: { id: string; title: string; x: number; y: number; w: number; h: number }[];
  notes: NoteShape[];
}

const FRAME_FILL = "#ffffff";
const FRAME_STROKE = "#a9b4bf";
const NOTE_STROKE = "#5c6f82";
/** Below this size on the map (canvas px), a note's outline would cover its colour. */
const MIN_OUTLINED_PX = 4;

/**
 * The board's rectangles drawn on a canvas, again only when they or the map's bounds change: as
 * 5,000 SVG rectangles, the whole map was repainted on every frame of a pan for its outline.
 */
function useMinimapDrawing(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  shapes: Shapes,
  bounds: Rect,
): void {
  const { x, y, w, h } = bounds;
  const size = useElementSize(canvasRef);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context || w <= 0 || h <= 0 || size.w <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.w * ratio);
    canvas.height = Math.round(size.h * ratio);
    // Fitted and centred as the SVG above fits its viewBox (preserveAspectRatio "xMidYMid meet").
    const scale = Math.min(canvas.width / w, canvas.height / h);
    const left = (canvas.width - w * scale) / 2 - x * scale;
    const top = (canvas.height - h * scale) / 2 - y * scale;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(scale, 0, 0, scale, left, top);
    context.lineWidth = 1.5 / scale;
    context.fillStyle = FRAME_FILL;
    context.strokeStyle = FRAME_STROKE;
    for (const frame of shapes.frames) {
      context.fillRect(frame.x, frame.y, frame.w, frame.h);
      context.strokeRect(frame.x, frame.y, frame.w, frame.h);
    }
    drawNotes(context, shapes.notes, scale);
    context.resetTransform();
  }, [canvasRef, shapes, x, y, w, h, size]);
}

/**
 * The notes, one path per colour (a few fills for thousands of notes), outlined only when they
 * are large enough on the map for an outline to show.
 */
function drawNotes(context: CanvasRenderingContext2D, notes: readonly NoteShape[], scale: number) {
  const byFill = new Map<string, Path2D>();
  let outlined = false;
  for (const note of notes) {
    const fill = NOTE_COLOURS[resolveNoteColour(note)].hex;
    let path = byFill.get(fill);
    if (!path) {
      path = new Path2D();
      byFill.set(fill, path);
    }
    path.rect(note.x, note.y, note.w, note.h);
    outlined ||= Math.min(note.w, note.h) * scale >= MIN_OUTLINED_PX;
  }
  context.lineWidth = 0.5 / scale;
  context.strokeStyle = NOTE_STROKE;
  for (const [fill, path] of byFill) {
    context.fillStyle = fill;
    context.fill(path);
    if (outlined) context.stroke(path);
  }
}

/** The bounds of the board's content alone, recomputed only when the shapes change. */
function useContentBounds(shapes: Shapes): Rect[] {
  return useMemo(() => {
    const bounds = unionBounds([...shapes.frames, ...shapes.notes]);
    return bounds ? [bounds] : [];
  }, [shapes]);
}

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
  const drawingRef = useRef<HTMLCanvasElement>(null);
  const visible = visibleRect(viewport, size);
  const bounds = minimapBounds(useContentBounds(shapes), visible);
  useMinimapDrawing(drawingRef, shapes, bounds);

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    setViewport((view) => centreOn(view, { x: point.x, y: point.y }, size));
  };
  const goTo = (target: string) => {
    const frame = shapes.frames.find((candidate) => candidate.id === target);
    const rects = frame ? [frame] : contentRects(board);
    const insets = toolInsets(canvasRef.current);
    setViewport((view) => fitTo(view, rects, size, insets));
  };

  return (
    <section className="tavolo-minimap" aria-labelledby="board-minimap-title">
      <h2 id="board-minimap-title" className="h6">
        {t("boards.minimap.title")}
      </h2>
      <div className="tavolo-minimap__stack" aria-hidden="true">
        <canvas ref={drawingRef} className="tavolo-minimap__drawing" />
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
          <rect {...box(visible)} className="tavolo-minimap__view" data-testid="minimap-view" />
        </svg>
      </div>
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
