import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { italianDate } from "./format.ts";
import type { ExportDocument, ExportTable } from "./model.ts";

const ROLE = { capofila: "capofila", partner: "partner" } as const;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

function table(t: ExportTable): string[] {
  const rows = t.footer ? [...t.rows, t.footer.map((c) => (c ? `**${c}**` : c))] : t.rows;
  return [
    `*${t.caption}*`,
    "",
    `| ${t.columns.map(cell).join(" | ")} |`,
    `|${t.columns.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
    "",
  ];
}

/** The cover facts as Markdown lines: shared by the Markdown export. */
function cover(d: ExportDocument): string[] {
  return [
    `# ${d.title}`,
    "",
    d.draft ? "> **BOZZA** — testo in lavorazione, non approvato" : `**${d.versionLine}**`,
    "",
    `- Procedura: ${d.procedureTitle} (${d.legalBasis})`,
    `- Amministrazione: ${d.amministrazione}`,
    `- Data: ${italianDate(d.date)}`,
    ...(d.author ? [`- Congelata da: ${d.author}`] : []),
    `- Impronta SHA-256: \`${d.hash}\``,
    "",
    "## Enti",
    "",
    ...d.organisations.map(
      (o) => `- ${o.name} — ${ORGANISATION_TYPE_LABELS[o.type].it}, ${ROLE[o.role]}`,
    ),
    ...(d.approvals.length > 0
      ? ["", "## Approvazioni", "", ...d.approvals.map((a) => `- ${a.organisation}: ${a.answer}`)]
      : []),
    "",
  ];
}

/** The document as Markdown (GitHub tables). */
export function toMarkdown(d: ExportDocument): string {
  const lines = cover(d);
  for (const section of d.sections) {
    lines.push(`## ${section.title}`, "");
    for (const block of section.blocks) {
      if (block.kind === "table") lines.push(...table(block.table));
      else if (block.kind === "heading") lines.push(`### ${block.text}`, "");
      else if (block.kind === "bullet") lines.push(`- ${block.text.replace(/^(•|\d+\.) /, "")}`);
      else lines.push(block.text.replace(/\n/g, "  \n"), "");
    }
    lines.push("");
  }
  lines.push("---", "", `*${d.draft ? "BOZZA — " : ""}SHA-256 ${d.hash}*`, "");
  return lines.join("\n");
}
