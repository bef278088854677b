import { max, median, percentile } from "../report/stats.ts";
import type { SizeSamples } from "./board-size-run.ts";
import { droppedFrameShare } from "./measure-drag.ts";

/** One reported figure: its key in the JSON, its row label, and whether a ratio means anything. */
export interface BoardMetric {
  key: string;
  label: string;
  ratio: boolean;
}

export const BOARD_METRICS: BoardMetric[] = [
  { key: "openDomP50", label: "open → on-screen notes in DOM, p50 ms", ratio: true },
  { key: "openPaintP50", label: "open → painted, p50 ms", ratio: true },
  { key: "openPaintP95", label: "open → painted, p95 ms", ratio: true },
  { key: "moveDomP50", label: "remote move → DOM, p50 ms", ratio: true },
  { key: "movePaintP50", label: "remote move → painted, p50 ms", ratio: true },
  { key: "movePaintP95", label: "remote move → painted, p95 ms", ratio: true },
  { key: "dragFrameP50", label: "local drag frame time, p50 ms", ratio: true },
  { key: "dragFrameP95", label: "local drag frame time, p95 ms", ratio: true },
  { key: "dragDroppedPct", label: "local drag dropped frames, %", ratio: false },
  { key: "dragLongFrames", label: "local drag long animation frames (> 50 ms)", ratio: false },
  { key: "panZoomFrameP50", label: "pan/zoom frame time, p50 ms", ratio: true },
  { key: "panZoomFrameP95", label: "pan/zoom frame time, p95 ms", ratio: true },
  { key: "panZoomDroppedPct", label: "pan/zoom dropped frames, %", ratio: false },
  { key: "panZoomLongFrames", label: "pan/zoom long animation frames (> 50 ms)", ratio: false },
  {
    key: "redrawnNotesMax",
    label: "notes changed in the DOM by one remote move, max",
    ratio: false,
  },
  { key: "opens", label: "opens measured", ratio: false },
  { key: "moves", label: "remote moves measured", ratio: false },
  { key: "dragFrames", label: "drag frames measured", ratio: false },
  { key: "panZoomFrames", label: "pan/zoom frames measured", ratio: false },
];

/** The figures of one board size, from its raw samples. */
export function boardFigures(samples: SizeSamples): Record<string, number> {
  const { open, moves, drag, panZoom } = samples;
  return {
    notes: samples.notes,
    openDomP50: median(open.domComplete),
    openPaintP50: median(open.painted),
    openPaintP95: percentile(open.painted, 95),
    moveDomP50: median(moves.dom),
    movePaintP50: median(moves.painted),
    movePaintP95: percentile(moves.painted, 95),
    dragFrameP50: median(drag.deltas),
    dragFrameP95: percentile(drag.deltas, 95),
    dragDroppedPct: 100 * droppedFrameShare(drag.deltas),
    dragLongFrames: drag.longFrames,
    panZoomFrameP50: median(panZoom.deltas),
    panZoomFrameP95: percentile(panZoom.deltas, 95),
    panZoomDroppedPct: 100 * droppedFrameShare(panZoom.deltas),
    panZoomLongFrames: panZoom.longFrames,
    redrawnNotesMax: max(samples.redrawnNotes),
    opens: open.painted.length,
    moves: moves.painted.length,
    dragFrames: drag.deltas.length,
    panZoomFrames: panZoom.deltas.length,
  };
}
