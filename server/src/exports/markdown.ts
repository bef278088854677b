import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { italianDate } from "./format.ts";
import { markdownText as md } from "./markdown-text.ts";
import type { ExportDocument, ExportTable } from "./model.ts";

const ROLE = { capofila: "capofila", partner: "partner" } as const;
/** A table cell: literal text (its `|` escaped too), line breaks as `<br>`. */
const cell = (text: string) => md(text).replace(/\n/g, "<br>");
const bold = (text: string) => (text ? `**${cell(text)}**` : text);

function table(t: ExportTable): string[] {
  const rows = t.rows.map((row) => row.map(cell));
  if (t.footer) rows.push(t.footer.map(bold));
  return [
    `*${md(t.caption)}*`,
    "",
    `| ${t.columns.map(cell).join(" | ")} |`,
    `|${t.columns.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ];
}

/** The cover facts as Markdown lines: shared by the Markdown export. */
function cover(d: ExportDocument): string[] {
  return [
    `# ${md(d.title)}`,
    "",
    d.draft ? "> **BOZZA** — testo in lavorazione, non approvato" : `**${md(d.versionLine)}**`,
    "",
    `- Procedura: ${md(d.procedureTitle)} (${md(d.legalBasis)})`,
    `- Amministrazione: ${md(d.amministrazione)}`,
    `- Data: ${italianDate(d.date)}`,
    ...(d.author ? [`- Congelata da: ${md(d.author)}`] : []),
    `- Impronta SHA-256: \`${d.hash}\``,
    ...(d.verifyUrl ? [`- Verifica: ${md(d.verifyUrl)}`] : []),
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

/** The document as Markdown (GitHub tables); every text from people printed literally. */
export function toMarkdown(d: ExportDocument): string {
  const lines = cover(d);
  for (const section of d.sections) {
    lines.push(`## ${md(section.title)}`, "");
    for (const block of section.blocks) {
      if (block.kind === "table") lines.push(...table(block.table));
      else if (block.kind === "heading") lines.push(`### ${md(block.text)}`, "");
      else if (block.kind === "bullet")
        lines.push(`- ${md(block.text.replace(/^(•|\d+\.) /, ""))}`);
      else lines.push(md(block.text).replace(/\n/g, "  \n"), "");
    }
    lines.push("");
  }
  lines.push("---", "", `*${d.draft ? "BOZZA — " : ""}SHA-256 ${d.hash}*`, "");
  return lines.join("\n");
}
