/**
 * A markdown table with padded columns (first column left-aligned, the others right-aligned),
 * laid out as the repository's formatter would, so a committed report passes the lint.
 */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths
      .map((width, column) => {
        const cell = cells[column] ?? "";
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join(" | ")} |`;
  const rule = `| ${widths
    .map((width, column) => (column === 0 ? "-".repeat(width) : `${"-".repeat(width - 1)}:`))
    .join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
