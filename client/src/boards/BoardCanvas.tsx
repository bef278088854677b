import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type RefObject,
  useMemo,
  useRef,
} from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useBoard } from "./boardContext.ts";
import { ClusterLayer } from "./ClusterLayer.tsx";
import { ConnectorLayer } from "./ConnectorLayer.tsx";
import { Cursors } from "./Cursors.tsx";
import { useFocusedNote, useVisibleNotes } from "./culling/useVisibleNotes.ts";
import { FrameLayer } from "./FrameItem.tsx";
import { PhotoLayer } from "./images/PhotoLayer.tsx";
import { BoardAnnouncer } from "./keyboard/BoardAnnouncer.tsx";
import { SkipToCanvas } from "./keyboard/SkipToCanvas.tsx";
import { LabelLayer } from "./LabelItem.tsx";
import { NoteCard } from "./NoteCard.tsx";
import { GIST_ZOOM } from "./NoteGist.tsx";
import { createNote } from "./noteActions.ts";
import { type PresenceEntry, usePresenceField, usePresenceSelection } from "./presence.ts";
import { dragToPan, useCanvasInput } from "./useCanvasInput.ts";
import { useElementSize } from "./useElementSize.ts";
import { type LiveViewport, type SetViewport, useViewPainter } from "./useLiveViewport.ts";
import { panBy, toWorld } from "./viewport.ts";
import { useFrames, useLabels, useOrderedNoteRects } from "./yHooks.ts";

const PAN_STEP = 120;
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

/** [note id, name] of each person typing in a note now, from their presence. */
const typing = (entries: PresenceEntry[]): [number, string, string][] =>
  entries.flatMap(({ clientId, presence }) =>
    presence.editing ? [[clientId, presence.editing, presence.user.name]] : [],
  );

/** Note id -> name of someone else typing in it; re-rendered only when that changes. */
function useTypists(awareness: Awareness): ReadonlyMap<string, string> {
  const all = usePresenceSelection(awareness, typing);
  return useMemo(
    () =>
      new Map(
        all
          .filter(([clientId]) => clientId !== awareness.clientID)
          .map(([, id, name]) => [id, name]),
      ),
    [all, awareness],
  );
}

/**
 * The notes in or near the view, in keyboard order. Memoised: on a 2,000-note board, re-rendering
 * the list for each pointer move of 19 others cost a few milliseconds each time, and a pan that
 * stays inside the culled area passes the same `order` (server/bench/board-render).
 */
const NoteLayer = memo(function NoteLayer({
  order,
  typists,
  far,
}: {
  order: readonly string[];
  typists: ReadonlyMap<string, string>;
  far: boolean;
}) {
  return order.map((id) => (
    <NoteCard key={id} id={id} typist={typists.get(id) ?? null} far={far} />
  ));
});

const CANVAS_ID = "tavolo-canvas";

export interface CanvasProps {
  canvasRef: RefObject<HTMLElement | null>;
  view: LiveViewport;
  setViewport: SetViewport;
  onKeyCommand: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The board surface: a world layer moved and scaled by the viewport, holding frames, cluster
 * outlines, connectors (under the notes), labels, notes (in keyboard order, so Tab walks them as a screen reader lists them) and the others'
 * pointers. Only the notes in or near the view are in the DOM (culling/cull.ts): Tab walks
 * those; Alt+arrows, the minimap and "Adatta" bring the others in. Drag the background (or space+drag) to pan, wheel to zoom, double-click to add.
 */
export function BoardCanvas({ canvasRef, view, setViewport, onKeyCommand }: CanvasProps) {
  const { viewport, live } = view;
  const { t } = useTranslation();
  const board = useBoard();
  const doc = board.rooms.board.doc;
  const ordered = useOrderedNoteRects(doc);
  const size = useElementSize(canvasRef);
  const { focused, onFocus } = useFocusedNote();
  const order = useVisibleNotes(ordered, viewport, size, focused, view.moving);
  const frames = useFrames(doc);
  const labels = useLabels(doc);
  const space = useCanvasInput(canvasRef, setViewport);
  const awareness = board.rooms.board.provider.awareness;
  const setCursor = usePresenceField(awareness, "cursor");
  const typists = useTypists(awareness);
  const worldRef = useRef<HTMLDivElement>(null);
  useViewPainter(view.onPaint, canvasRef, worldRef);

  const local = (event: { clientX: number; clientY: number }) => {
    const box = canvasRef.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  };
  const onPointerDownCapture = (event: PointerEvent<HTMLElement>) => {
    if (!space.current) return;
    event.stopPropagation();
    dragToPan(event, setViewport);
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    if (!event.shiftKey) board.selection.set([]);
    dragToPan(event, setViewport);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const pan = PAN_KEYS[event.key];
    if (pan && (event.altKey || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      setViewport((view) => panBy(view, pan[0], pan[1]));
      return;
    }
    onKeyCommand(event);
  };

  return (
    <section
      ref={canvasRef}
      id={CANVAS_ID}
      className="tavolo-canvas"
      aria-label={t("boards.canvas.label")}
      aria-describedby="tavolo-board-help"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes the board's shortcuts (N, +, −, 0, Alt+arrows)
      tabIndex={0}
      onPointerDownCapture={onPointerDownCapture}
      onPointerDown={onPointerDown}
      onPointerMove={(event) => {
        const world = toWorld(live.current, local(event));
        setCursor({ x: Math.round(world.x), y: Math.round(world.y) });
      }}
      onPointerLeave={() => setCursor(null)}
      onDoubleClick={(event) => {
        const id = createNote(board, toWorld(live.current, local(event)));
        if (id) board.setEditing(id);
      }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div ref={worldRef} className="tavolo-world">
        <FrameLayer frames={frames} />
        <PhotoLayer />
        <ClusterLayer />
        <ConnectorLayer />
        <LabelLayer labels={labels} />
        <NoteLayer order={order} typists={typists} far={viewport.zoom < GIST_ZOOM} />
        <Cursors
          awareness={awareness}
          zoom={viewport.zoom}
          organisations={board.info.organisations}
        />
      </div>
      <SkipToCanvas canvasId={CANVAS_ID} />
      <BoardAnnouncer />
    </section>
  );
}
