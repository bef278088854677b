import type { PMNodeJSON } from "@tavolo/shared";
import { blocksRuns } from "./inline-runs.ts";
import type { ExportCell, ExportTable } from "./model.ts";

/**
 * A table written in the text (Tiptap's table node) as an export table: its first row is the
 * header, as the editor inserts tables with a header row; rows shorter than the header are
 * padded so every format gets a rectangular grid. A cell keeps its formatting and links, its
 * paragraphs as lines. Null for a table with no rows.
 */
export function textTable(node: PMNodeJSON, caption: string): ExportTable | null {
  const rows = (node.content ?? [])
    .filter((row) => row.type === "tableRow")
    .map((row) => (row.content ?? []).map((cell) => blocksRuns(cell.content ?? [])));
  const [header, ...body] = rows;
  if (!header || header.length === 0) return null;
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const pad = (row: ExportCell[]) => [...row, ...Array<ExportCell>(width - row.length).fill([])];
  return { caption, columns: pad(header), rows: body.map(pad), footer: null, grid: false };
}
