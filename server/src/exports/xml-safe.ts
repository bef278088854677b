import { xmlChars } from "@tavolo/shared";
import type { ExportBlock, ExportDocument, ExportTable } from "./model.ts";

const t = xmlChars;

function table(x: ExportTable): ExportTable {
  return {
    ...x,
    caption: t(x.caption),
    columns: x.columns.map(t),
    rows: x.rows.map((row) => row.map(t)),
    footer: x.footer ? x.footer.map(t) : null,
  };
}

function block(b: ExportBlock): ExportBlock {
  return b.kind === "table" ? { kind: "table", table: table(b.table) } : { ...b, text: t(b.text) };
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
    organisations: d.organisations.map((o) => ({ ...o, name: t(o.name) })),
    versionLine: t(d.versionLine),
    author: t(d.author),
    approvalReason: d.approvalReason ? t(d.approvalReason) : null,
    approvals: d.approvals.map((a) => ({ organisation: t(a.organisation), answer: t(a.answer) })),
    sections: d.sections.map((s) => ({ title: t(s.title), blocks: s.blocks.map(block) })),
  };
}
