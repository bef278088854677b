import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { italianDate } from "./format.ts";
import {
  columnWeights,
  DRAFT_MARK,
  type ExportBlock,
  type ExportDocument,
  type ExportTable,
  footerLine,
  MONTH_MARK,
  scaleWidths,
  verificationKeywords,
} from "./model.ts";
import { deterministicZip, readZip } from "./zip.ts";

const FONT = "Titillium Web";
/** A4 less docx's default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

function cell(text: string, bold: boolean, grid: boolean): TableCell {
  const marked = text === MONTH_MARK;
  return new TableCell({
    shading: marked ? { type: ShadingType.CLEAR, fill: "0066CC", color: "auto" } : undefined,
    children: [
      new Paragraph({
        children: [new TextRun({ text: marked ? "" : text, bold, size: grid ? 14 : 18 })],
      }),
    ],
  });
}

function table(t: ExportTable): (Paragraph | Table)[] {
  const row = (cells: string[], bold: boolean, header = false) =>
    new TableRow({ tableHeader: header, children: cells.map((c) => cell(c, bold, t.grid)) });
  const rows = [row(t.columns, true, true), ...t.rows.map((r) => row(r, false))];
  if (t.footer) rows.push(row(t.footer, true));
  return [
    new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: scaleWidths(columnWeights(t), TEXT_WIDTH),
      layout: TableLayoutType.FIXED,
      rows,
    }),
    new Paragraph({}),
  ];
}

function block(b: ExportBlock): (Paragraph | Table)[] {
  if (b.kind === "table") return table(b.table);
  if (b.kind === "heading")
    return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_3 })];
  const lines = b.text.split("\n");
  const runs = lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  return [
    new Paragraph({ children: runs, indent: b.kind === "bullet" ? { left: 360 } : undefined }),
  ];
}

function fact(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

function cover(d: ExportDocument): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [];
  if (d.draft)
    parts.push(
      new Paragraph({
        children: [new TextRun({ text: DRAFT_MARK, bold: true, size: 56, color: "B00020" })],
      }),
    );
  parts.push(
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: d.versionLine, size: 26 })] }),
    fact("Procedura", d.procedureTitle),
    fact("Amministrazione", d.amministrazione),
    fact("Riferimento normativo", d.legalBasis),
    fact("Data", italianDate(d.date)),
    ...(d.author ? [fact("Congelata da", d.author)] : []),
    fact("Impronta SHA-256", d.hash),
    ...(d.verifyUrl ? [fact("Verifica", d.verifyUrl)] : []),
    new Paragraph({ text: "Enti", heading: HeadingLevel.HEADING_2 }),
    ...table({
      caption: "Partner della procedura",
      columns: ["Ente", "Tipo", "Ruolo"],
      rows: d.organisations.map((o) => [o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role]),
      footer: null,
      grid: false,
    }),
  );
  if (d.approvals.length > 0) {
    parts.push(new Paragraph({ text: "Approvazioni", heading: HeadingLevel.HEADING_2 }));
    parts.push(...d.approvals.map((a) => fact(a.organisation, a.answer)));
  }
  return parts;
}

function footer(d: ExportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({ children: [new TextRun({ text: footerLine(d), size: 14 })] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: ["Pagina ", PageNumber.CURRENT, " di ", PageNumber.TOTAL_PAGES],
            size: 16,
          }),
        ],
      }),
    ],
  });
}

function build(d: ExportDocument): Document {
  const header = new Header({
    children: d.draft
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: DRAFT_MARK, bold: true, color: "B00020" })],
          }),
        ]
      : [],
  });
  const body = d.sections.flatMap((s) => [
    new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }),
    ...s.blocks.flatMap(block),
  ]);
  return new Document({
    creator: d.author || "Tavolo",
    title: d.title,
    description: `${d.versionLine} — SHA-256 ${d.hash}`,
    // core.xml cp:keywords and docProps/custom.xml: the impronta and where to verify the file.
    keywords: verificationKeywords(d),
    customProperties: [
      { name: "Impronta SHA-256", value: d.hash },
      ...(d.verifyUrl ? [{ name: "Verifica", value: d.verifyUrl }] : []),
    ],
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        headers: { default: header },
        footers: { default: footer(d) },
        children: [...cover(d), new Paragraph({ children: [new PageBreak()] }), ...body],
      },
    ],
  });
}

/** docx writes "now" into core.xml; a version's file carries its freeze time instead. */
function fixCoreDates(xml: string, date: Date): string {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
}

/** The document as DOCX, rezipped so that the same document gives the same bytes. */
export async function toDocx(d: ExportDocument): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(build(d)));
  const entries = readZip(packed).map((entry) =>
    entry.path === "docProps/core.xml"
      ? {
          ...entry,
          data: new TextEncoder().encode(
            fixCoreDates(new TextDecoder().decode(entry.data), d.date),
          ),
        }
      : entry,
  );
  return deterministicZip(entries, d.date);
}
