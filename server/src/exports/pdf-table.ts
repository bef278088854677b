import type PDFKit from "pdfkit";
import { type ExportTable, MONTH_MARK } from "./model.ts";

const BLUE = "#0066cc";

function widths(table: ExportTable, total: number): number[] {
  if (table.grid) {
    const months = table.columns.length - 2;
    const month = Math.min(18, (total - 190) / Math.max(1, months));
    return [total - 80 - month * months, 80, ...Array<number>(months).fill(month)];
  }
  const weights = table.columns.map((_, i) => (i === 0 ? 2.2 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

interface RowStyle {
  bold: boolean;
  size: number;
  fill: string | null;
  pad: number;
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], w: number[], style: RowStyle): number {
  const { size, pad: PAD } = style;
  doc.font(style.bold ? "bold" : "regular").fontSize(size);
  const heights = cells.map((text, i) =>
    doc.heightOfString(text === MONTH_MARK ? "X" : text, { width: (w[i] ?? 20) - PAD * 2 }),
  );
  return Math.max(...heights, size) + PAD * 2;
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], w: number[], style: RowStyle): void {
  const PAD = style.pad;
  const height = rowHeight(doc, cells, w, style);
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  let x = doc.page.margins.left;
  doc.font(style.bold ? "bold" : "regular").fontSize(style.size);
  cells.forEach((text, i) => {
    const width = w[i] ?? 20;
    if (style.fill) doc.rect(x, top, width, height).fill(style.fill);
    doc.rect(x, top, width, height).lineWidth(0.5).stroke("#808080");
    if (text === MONTH_MARK) {
      doc.rect(x + 2, top + 2, width - 4, height - 4).fill(BLUE);
    } else if (text !== "") {
      doc.fillColor("#1a1a1a").text(text, x + PAD, top + PAD, { width: width - PAD * 2 });
    }
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/** A table with its caption, header row (repeated on each new page) and totals row. */
export function drawTable(doc: PDFKit.PDFDocument, table: ExportTable): void {
  const total = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const w = widths(table, total);
  const size = table.grid ? 6.5 : 9;
  const pad = table.grid ? 1.5 : 3;
  doc.moveDown(0.5).font("bold").fontSize(10).fillColor("#1a1a1a").text(table.caption);
  doc.moveDown(0.2);
  const header = { bold: true, size, fill: "#e6eef7", pad };
  drawRow(doc, table.columns, w, header);
  for (const row of table.rows) {
    const body = { bold: false, size, fill: null, pad };
    const height = rowHeight(doc, row, w, body);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(doc, table.columns, w, header);
    }
    drawRow(doc, row, w, body);
  }
  if (table.footer) drawRow(doc, table.footer, w, { bold: true, size, fill: "#f2f2f2", pad });
  doc.moveDown(0.8);
}
