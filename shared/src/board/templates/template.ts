import type * as Y from "yjs";
import {
  BOARD_SCHEMA_VERSION,
  boardCollection,
  boardMeta,
  insertRecord,
  isBoardEmpty,
} from "../board-shape.ts";
import type { NoteColour } from "../colours.ts";
import { BoardFrameSchema } from "../frames.ts";
import { BoardLabelSchema } from "../labels.ts";

/** A frame a template lays out: `key` makes its id, the rest is what the frame shows. */
export interface TemplateFrame {
  key: string;
  title: string;
  prompt: string;
  x: number;
  y: number;
  w: number;
  h: number;
  colour?: NoteColour;
}

export interface TemplateLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  w?: number;
  size?: "piccolo" | "medio" | "grande";
}

/**
 * A board layout as data: frames with their prompts and free labels (axis names, instructions).
 * Frame titles and prompts are Italian, the language the workshop is held in; the picker shows
 * `title` and `description` in the interface language.
 */
export interface BoardTemplate {
  id: string;
  title: { it: string; en: string };
  description: { it: string; en: string };
  frames: readonly TemplateFrame[];
  labels: readonly TemplateLabel[];
}

/** The id a template item gets on the board. */
export function templateItemId(templateId: string, key: string): string {
  return `${templateId}.${key}`;
}

/**
 * Lays a template out on an empty board, in one transaction. Ids come from the template, so two
 * facilitators applying the same template at once end up with one set of frames, not two.
 * Returns false, changing nothing, when the board already has content.
 */
export function applyTemplate(board: Y.Doc, template: BoardTemplate): boolean {
  if (!isBoardEmpty(board)) return false;
  const frames = boardCollection(board, "frames");
  const labels = boardCollection(board, "labels");
  board.transact(() => {
    for (const { key, ...frame } of template.frames) {
      insertRecord(
        frames,
        BoardFrameSchema.parse({ ...frame, id: templateItemId(template.id, key) }),
      );
    }
    for (const { key, ...label } of template.labels) {
      insertRecord(
        labels,
        BoardLabelSchema.parse({ ...label, id: templateItemId(template.id, key) }),
      );
    }
    const meta = boardMeta(board);
    meta.set("schemaVersion", BOARD_SCHEMA_VERSION);
    meta.set("templateId", template.id);
  });
  return true;
}

/** The template a board was started from, if any. */
export function boardTemplateId(board: Y.Doc): string | null {
  const id = boardMeta(board).get("templateId");
  return typeof id === "string" ? id : null;
}

export interface GridCell {
  key: string;
  title: string;
  prompt: string;
  colour?: NoteColour;
}

/**
 * Places cells left to right, top to bottom, in `columns` columns of equal size: most templates
 * are a grid (a 2×2 matrix, a row of columns).
 */
export function gridFrames(
  cells: readonly GridCell[],
  layout: { columns: number; w: number; h: number; gap?: number; x?: number; y?: number },
): TemplateFrame[] {
  const { columns, w, h, gap = 40, x = 0, y = 0 } = layout;
  return cells.map((cell, index) => ({
    ...cell,
    x: x + (index % columns) * (w + gap),
    y: y + Math.floor(index / columns) * (h + gap),
    w,
    h,
  }));
}

const QUADRANT = 800;
const QUADRANT_GAP = 40;
const MATRIX_ORIGIN = 120;

/**
 * A two-axis matrix: four quadrants given top-left, top-right, bottom-left, bottom-right, with
 * a title above, the vertical axis name at the top left and the horizontal one underneath.
 */
export function quadrantMatrix(matrix: {
  title: string;
  verticalAxis: string;
  horizontalAxis: string;
  quadrants: readonly [GridCell, GridCell, GridCell, GridCell];
}): Pick<BoardTemplate, "frames" | "labels"> {
  const side = 2 * QUADRANT + QUADRANT_GAP;
  const frames = gridFrames(matrix.quadrants, {
    columns: 2,
    w: QUADRANT,
    h: QUADRANT,
    gap: QUADRANT_GAP,
    x: MATRIX_ORIGIN,
    y: MATRIX_ORIGIN,
  });
  const labels: TemplateLabel[] = [
    { key: "titolo", text: matrix.title, x: MATRIX_ORIGIN, y: 20, w: side, size: "grande" },
    { key: "asse-verticale", text: `↑ ${matrix.verticalAxis}`, x: -200, y: 60, w: 300 },
    {
      key: "asse-orizzontale",
      text: `${matrix.horizontalAxis} →`,
      x: MATRIX_ORIGIN,
      y: MATRIX_ORIGIN + side + 30,
      w: side,
    },
  ];
  return { frames, labels };
}
