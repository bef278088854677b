import { xmlChars } from "@tavolo/shared";
import type { ExportBlock, ExportCell, ExportDocument, ExportTable } from "./model.ts";

const t = xmlChars;

const runs = (cell: ExportCell): ExportCell =>
  cell.map((run) => ({ ...run, text: t(run.text), link: run.link === null ? null : t(run.link) }));

function table(x: ExportTable): ExportTable {
  return {
    ...x,
    caption: t(x.caption),
    columns: x.columns.map(runs),
    rows: x.rows.map((row) => row.map(runs)),
    footer: x.footer ? x.footer.map(runs) : null,
  };
}

function block(b: ExportBlock): ExportBlock {
  switch (b.kind) {
    case "table":
      return { kind: "table", table: table(b.table) };
    case "list":
      return { ...b, items: b.items.map((item) => item.map(block)) };
    case "quote":
      return { kind: "quote", blocks: b.blocks.map(block) };
    case "rule":
      return b;
    default:
      return { ...b, runs: runs(b.runs) };
  }
}

/**
 * The document with only characters that XML allows, in every string any format prints. DOCX,
 * ODT, HTML and the PDF's XMP metadata are XML; a vertical tab pasted from Word, left in, makes
 * the file unreadable. Runs once before every format, so none can forget it.
 */
export function xmlSafeDocument(d: ExportDocument): ExportDocument {
  return {
    ...d,
    title: t(d.title),
    procedureTitle: t(d.procedureTitle),
    amministrazione: t(d.amministrazione),
    legalBasis: t(d.legalBasis),
    fundingLine: t(d.fundingLine),
    cup: t(d.cup),
    organisations: d.organisations.map((o) => ({ ...o, name: t(o.name) })),
    versionLine: t(d.versionLine),
    author: t(d.author),
    approvalReason: d.approvalReason ? t(d.approvalReason) : null,
    approvals: d.approvals.map((a) => ({ organisation: t(a.organisation), answer: t(a.answer) })),
    sections: d.sections.map((s) => ({ title: t(s.title), blocks: s.blocks.map(block) })),
  };
}
