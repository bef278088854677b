import type PDFKit from "pdfkit";
import type { ExportBlock } from "./model.ts";
import { drawTable } from "./pdf-table.ts";
import { type Box, heading, list, paragraph, quote, rule } from "./pdf-text.ts";

/** Draws one block of a section inside `box`, tagged under `parent`. */
export function drawBlock(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  b: ExportBlock,
  box: Box,
): void {
  switch (b.kind) {
    case "paragraph":
      paragraph(doc, parent, b.runs, box);
      return;
    case "heading":
      heading(doc, parent, b.runs, b.level, box);
      return;
    case "list":
      list(doc, parent, b, box, drawBlock);
      return;
    case "quote":
      quote(doc, parent, b.blocks, box, drawBlock);
      return;
    case "rule":
      rule(doc, box);
      return;
    case "table":
      drawTable(doc, parent, b.table, box);
      return;
  }
}
