import path from "node:path";
import type { Browser } from "playwright-core";
import type { BoardClient } from "./board-client.ts";
import type { BoardBenchParams } from "./board-params.ts";
import { pageClockOffset } from "./clock.ts";
import { type DragFrames, measureDrag } from "./measure-drag.ts";
import { openPaintedBoard } from "./measure-open.ts";
import { measurePanZoom } from "./measure-pan-zoom.ts";
import { countRedrawnNotes } from "./measure-redraws.ts";
import { type MoveTimes, measureRemoteMoves } from "./measure-remote-move.ts";
import type { Participants } from "./participants.ts";
import { traced } from "./performance-trace.ts";

/** What is measured on the facilitator's open page while the workshop goes on. */
export interface LiveSamples {
  moves: MoveTimes;
  redrawnNotes: number[];
  drag: DragFrames;
  /** Frames during a scripted shift+wheel pan and wheel zoom (measure-pan-zoom.ts). */
  panZoom: DragFrames;
  clockOffsetMs: number;
}

export interface LivePageOptions {
  url: string;
  cookie: string;
  notes: number;
  onScreenNoteIds: readonly string[];
  params: BoardBenchParams;
  /** Notes to drag (on screen at open) and to move remotely (nobody else touches them). */
  dragged: readonly string[];
  moved: readonly string[];
  participants: Participants;
  mover: BoardClient;
}

/**
 * Opens the board once more and keeps it open for remote moves, the redraw count, drags, then a
 * pan and zoom (last: it leaves the view elsewhere).
 */
export async function measureLivePage(
  browser: Browser,
  options: LivePageOptions,
): Promise<LiveSamples> {
  const { context, page } = await openPaintedBoard(browser, { ...options, timeoutMs: 60_000 });
  try {
    const traceDir = process.env.BENCH_BOARD_TRACE_DIR;
    // With traces, a picture of what was measured: the board as the facilitator sees it.
    if (traceDir)
      await page.screenshot({ path: path.join(traceDir, `board-${options.notes}.png`) });
    const clockOffsetMs = await pageClockOffset(page);
    const { params, mover, moved } = options;
    const moves = await traced(page, `board-remote-moves-${options.notes}`, () =>
      measureRemoteMoves(page, mover, moved, params.moves, clockOffsetMs),
    );
    const redrawnNotes = await countRedrawnNotes(
      page,
      mover,
      moved.slice(0, params.redrawChecks),
      options.participants,
      clockOffsetMs,
    );
    const drag: DragFrames = { deltas: [], longFrames: 0 };
    for (const id of options.dragged) {
      const frames = await traced(page, `board-drag-${options.notes}`, () =>
        measureDrag(page, id, params.dragSteps),
      );
      drag.deltas.push(...frames.deltas);
      drag.longFrames += frames.longFrames;
    }
    const panZoom = await traced(page, `board-pan-zoom-${options.notes}`, () =>
      measurePanZoom(page),
    );
    return { moves, redrawnNotes, drag, panZoom, clockOffsetMs };
  } finally {
    await context.close();
  }
}
