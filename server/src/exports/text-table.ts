import { type PMNodeJSON, plainText } from "@tavolo/shared";
import type { ExportTable } from "./model.ts";

/** Cell texts on one line each: a table cell in an export holds no paragraphs. */
function cellText(cell: PMNodeJSON): string {
  return plainText(cell.content ?? []).replace(/\s*\n\s*/g, " ");
}

/**
 * A table written in the text (Tiptap's table node) as an export table: its first row is the
 * header, as the editor inserts tables with a header row; rows shorter than the header are
 * padded so every format gets a rectangular grid. Null for a table with no rows.
 */
export function textTable(node: PMNodeJSON, caption: string): ExportTable | null {
  const rows = (node.content ?? [])
    .filter((row) => row.type === "tableRow")
    .map((row) => (row.content ?? []).map(cellText));
  const [header, ...body] = rows;
  if (!header || header.length === 0) return null;
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill("")];
  return { caption, columns: pad(header), rows: body.map(pad), footer: null, grid: false };
}
