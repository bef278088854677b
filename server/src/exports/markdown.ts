import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { AGREED_LINE, coverFacts } from "./cover-facts.ts";
import { runsMarkdown } from "./markdown-runs.ts";
import { markdownText as md } from "./markdown-text.ts";
import { boldCell, type ExportBlock, type ExportDocument, type ExportTable } from "./model.ts";

const ROLE = { capofila: "capofila", partner: "partner" } as const;

function table(t: ExportTable): string[] {
  const row = (cells: ExportTable["columns"]) =>
    `| ${cells.map((c) => runsMarkdown(c, "<br>")).join(" | ")} |`;
  return [
    `*${md(t.caption)}*`,
    "",
    row(t.columns),
    `|${t.columns.map(() => " --- ").join("|")}|`,
    ...t.rows.map(row),
    ...(t.footer ? [row(t.footer.map(boldCell))] : []),
  ];
}

/** Lines after the first indented under a list marker of `width` characters. */
const indent = (lines: string[], width: number) =>
  lines.map((line, i) => (i === 0 || line === "" ? line : `${" ".repeat(width)}${line}`));

/** A block as Markdown lines, without the blank line that separates it from the next. */
function block(b: ExportBlock): string[] {
  switch (b.kind) {
    case "heading":
      return [`${"#".repeat(b.level)} ${runsMarkdown(b.runs, " ")}`];
    case "paragraph":
      return runsMarkdown(b.runs).split("\n");
    case "list":
      return b.items.flatMap((item, i) => {
        const marker = b.ordered ? `${b.start + i}. ` : "- ";
        const lines = item.flatMap(block);
        if (lines.length === 0) return [marker.trimEnd()];
        return indent([`${marker}${lines[0]}`, ...lines.slice(1)], marker.length);
      });
    case "quote":
      return blocks(b.blocks).map((line) => (line === "" ? ">" : `> ${line}`));
    case "rule":
      return ["---"];
    case "table":
      return table(b.table);
  }
}

/** Blocks separated by blank lines (a list item's paragraph and its nested list need none). */
function blocks(list: readonly ExportBlock[]): string[] {
  return list.flatMap((b, i) => (i === 0 ? block(b) : ["", ...block(b)]));
}

/** The cover facts as Markdown lines. */
function cover(d: ExportDocument): string[] {
  return [
    `# ${md(d.title)}`,
    "",
    d.draft ? "> **BOZZA** — testo in lavorazione, non approvato" : `**${md(d.versionLine)}**`,
    "",
    ...(d.agreed ? [`**${AGREED_LINE}**`, ""] : []),
    ...coverFacts(d).map((f) =>
      /^[0-9a-f]{64}$/.test(f.value)
        ? `- ${f.label}: \`${f.value}\``
        : `- ${f.label}: ${md(f.value)}`,
    ),
    "",
    "## Enti",
    "",
    ...d.organisations.map(
      (o) => `- ${md(o.name)} — ${ORGANISATION_TYPE_LABELS[o.type].it}, ${ROLE[o.role]}`,
    ),
    ...(d.approvals.length > 0
      ? [
          "",
          "## Approvazioni",
          "",
          ...d.approvals.map((a) => `- ${md(a.organisation)}: ${md(a.answer)}`),
        ]
      : []),
    "",
  ];
}

/**
 * The document as Markdown (GitHub tables): formatting as emphasis, links as links, and every
 * text from people printed literally.
 */
export function toMarkdown(d: ExportDocument): string {
  const lines = cover(d);
  for (const section of d.sections) {
    lines.push(`## ${md(section.title)}`, "", ...blocks(section.blocks), "", "");
  }
  lines.push("---", "", `*${d.draft ? "BOZZA — " : ""}SHA-256 ${d.hash}*`, "");
  return lines.join("\n");
}
