import type PDFKit from "pdfkit";
import { type ExportCell, type ExportTable, MONTH_MARK, plainRuns, runsText } from "./model.ts";
import { artifact, BLUE, type Box, bottomOf, drawRuns, INK, runsHeight } from "./pdf-text.ts";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** The responsible organisation's column of a cronoprogramma: wide enough for a name in two lines. */
const RESPONSIBLE_WIDTH = 95;

function widths(table: ExportTable, total: number): number[] {
  if (table.grid) {
    const months = table.columns.length - 2;
    const month = Math.min(18, (total - 230) / Math.max(1, months));
    return [
      total - RESPONSIBLE_WIDTH - month * months,
      RESPONSIBLE_WIDTH,
      ...Array<number>(months).fill(month),
    ];
  }
  const weights = table.columns.map((_, i) => (i === 0 ? 2.2 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

interface RowStyle {
  /** TH for the header row, TD for the others. */
  cell: "TH" | "TD";
  bold: boolean;
  size: number;
  fill: string | null;
  pad: number;
}

const isMark = (cell: ExportCell) => runsText(cell) === MONTH_MARK;

function rowHeight(doc: Doc, cells: ExportCell[], w: number[], style: RowStyle): number {
  const heights = cells.map((cell, i) =>
    isMark(cell) ? style.size : runsHeight(doc, cell, (w[i] ?? 20) - style.pad * 2, style.size),
  );
  return Math.max(...heights, style.size) + style.pad * 2;
}

/** Fills, borders and month marks: drawing, not text, so an artifact. */
function rowGraphics(
  doc: Doc,
  cells: ExportCell[],
  w: number[],
  top: number,
  height: number,
  style: RowStyle,
  x0: number,
) {
  artifact(doc, () => {
    let x = x0;
    cells.forEach((cell, i) => {
      const width = w[i] ?? 20;
      if (style.fill) doc.rect(x, top, width, height).fill(style.fill);
      doc.rect(x, top, width, height).lineWidth(0.5).stroke("#808080");
      if (isMark(cell)) doc.rect(x + 2, top + 2, width - 4, height - 4).fill(BLUE);
      x += width;
    });
  });
}

/**
 * One row: its graphics, then each cell's text tagged TH or TD under a TR of `table`; a null
 * `table` draws the row as an artifact (the header repeated on a new page).
 */
function drawRow(
  doc: Doc,
  table: Struct | null,
  cells: ExportCell[],
  w: number[],
  style: RowStyle,
  x0: number,
) {
  const height = rowHeight(doc, cells, w, style);
  const top = doc.y;
  rowGraphics(doc, cells, w, top, height, style, x0);
  const row = table ? doc.struct("TR") : null;
  if (row) table?.add(row);
  let x = x0;
  cells.forEach((cell, i) => {
    const width = w[i] ?? 20;
    const at = {
      x: x + style.pad,
      y: top + style.pad,
      width: width - style.pad * 2,
      size: style.size,
      bold: style.bold,
    };
    const runs = isMark(cell) ? plainRuns("") : cell;
    if (row) {
      const element = doc.struct(style.cell);
      row.add(element);
      drawRuns(doc, element, runs, at);
      element.end();
    } else {
      artifact(doc, () => {
        doc
          .font("bold")
          .fontSize(style.size)
          .fillColor(INK)
          .text(runsText(runs), at.x, at.y, { width: at.width });
      });
    }
    x += width;
  });
  row?.end();
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/**
 * A table with its caption, header row (repeated on each new page) and totals row, tagged as a
 * Table. The caption, the header and the first row start on the same page: a table never
 * begins with its header alone at the foot of a page.
 */
export function drawTable(doc: Doc, parent: Struct, table: ExportTable, box: Box): void {
  const w = widths(table, box.width);
  const size = table.grid ? 6.5 : 9;
  const pad = table.grid ? 1.5 : 3;
  const header: RowStyle = { cell: "TH", bold: true, size, fill: "#e6eef7", pad };
  const body: RowStyle = { cell: "TD", bold: false, size, fill: null, pad };
  const footer: RowStyle = { cell: "TD", bold: true, size, fill: "#f2f2f2", pad };
  const first = table.rows[0] ?? table.footer;
  doc.moveDown(0.5);
  const captionHeight = runsHeight(doc, plainRuns(table.caption), box.width, 10) + 4;
  const start =
    captionHeight +
    rowHeight(doc, table.columns, w, header) +
    (first ? rowHeight(doc, first, w, body) : 0);
  if (doc.y + start > bottomOf(doc)) doc.addPage();
  const caption = doc.struct("Caption");
  const element = doc.struct("Table");
  parent.add(element);
  element.add(caption);
  drawRuns(doc, caption, plainRuns(table.caption), {
    x: box.x,
    y: doc.y,
    width: box.width,
    size: 10,
    gap: 4,
    bold: true,
  });
  caption.end();
  drawRow(doc, element, table.columns, w, header, box.x);
  const rows = [
    ...table.rows.map((r) => ({ cells: r, style: body })),
    ...(table.footer ? [{ cells: table.footer, style: footer }] : []),
  ];
  for (const { cells, style } of rows) {
    if (doc.y + rowHeight(doc, cells, w, style) > bottomOf(doc)) {
      doc.addPage();
      drawRow(doc, null, table.columns, w, header, box.x);
    }
    drawRow(doc, element, cells, w, style, box.x);
  }
  element.end();
  doc.moveDown(0.8);
}
