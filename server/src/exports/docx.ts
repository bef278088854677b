import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
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
import { AGREED_LINE, coverFacts } from "./cover-facts.ts";
import { BULLETS, numbered, orderedStarts } from "./docx-lists.ts";
import { fixCoreDates, stableRelationshipIds } from "./docx-package.ts";
import { TrackedChanges } from "./docx-tracked-changes.ts";
import {
  columnWeights,
  DRAFT_MARK,
  type ExportBlock,
  type ExportCell,
  type ExportDocument,
  type ExportRun,
  type ExportTable,
  footerLine,
  MONTH_MARK,
  plainRuns,
  runsText,
  scaleWidths,
  verificationKeywords,
} from "./model.ts";
import { deterministicZip, readZip } from "./zip.ts";

const FONT = "Titillium Web";
/** A4 less docx's default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;
const BLUE = "0066CC";

type Child = Paragraph | Table;
type Inline = ReturnType<typeof textRuns>[number] | ExternalHyperlink;

/** Where a block sits: its list level (-1 outside lists) and whether it is quoted. */
interface Place {
  level: number;
  quote: boolean;
  lists: { count: number };
}

/** The tracked changes of the document being built (build() starts a fresh count). */
let tracked = new TrackedChanges();

/** One run as Word text runs, one per line, its marks as run properties. */
function textRuns(run: ExportRun, size: number | undefined, bold: boolean) {
  return run.text.split("\n").map((line, i) =>
    tracked.run(
      {
        text: line,
        break: i > 0 ? 1 : 0,
        // Only the marks a run has: "false" everywhere else would bloat every run.
        bold: bold || run.marks.bold || undefined,
        italics: run.marks.italic || undefined,
        underline: run.marks.underline || run.link ? {} : undefined,
        strike: run.marks.strike || undefined,
        style: run.link ? "Hyperlink" : undefined,
        size,
      },
      run.change,
    ),
  );
}

/** Runs as Word's inline content, a link as a hyperlink around its text runs. */
function inlines(runs: readonly ExportRun[], size?: number, bold = false): Inline[] {
  return runs.flatMap((run): Inline[] =>
    run.link
      ? [new ExternalHyperlink({ link: run.link, children: textRuns(run, size, bold) })]
      : textRuns(run, size, bold),
  );
}

function cell(runs: ExportCell, bold: boolean, grid: boolean): TableCell {
  const marked = runsText(runs) === MONTH_MARK;
  return new TableCell({
    shading: marked ? { type: ShadingType.CLEAR, fill: BLUE, color: "auto" } : undefined,
    // Narrow month columns: small margins, so that "12" fits on one line.
    margins: grid ? { left: 30, right: 30, top: 20, bottom: 20 } : undefined,
    children: [new Paragraph({ children: marked ? [] : inlines(runs, grid ? 14 : 18, bold) })],
  });
}

function table(t: ExportTable): Child[] {
  const row = (cells: ExportCell[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => cell(c, bold, t.grid)),
    });
  const rows = [row(t.columns, true, true), ...t.rows.map((r) => row(r, false))];
  if (t.footer) rows.push(row(t.footer, true));
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: t.caption, bold: true })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: scaleWidths(columnWeights(t), TEXT_WIDTH),
      layout: TableLayoutType.FIXED,
      rows,
    }),
    new Paragraph({}),
  ];
}

const QUOTE_BORDER = { style: BorderStyle.SINGLE, size: 12, color: BLUE, space: 8 };

function paragraph(runs: readonly ExportRun[], place: Place, list?: string): Paragraph {
  return new Paragraph({
    children: inlines(runs),
    numbering: list
      ? { reference: list, level: place.level, instance: place.lists.count }
      : undefined,
    indent: place.quote ? { left: 567 + 360 * Math.max(0, place.level + 1) } : undefined,
    border: place.quote ? { left: QUOTE_BORDER } : undefined,
  });
}

function listChildren(b: Extract<ExportBlock, { kind: "list" }>, place: Place): Child[] {
  place.lists.count += 1;
  const inner: Place = { ...place, level: place.level + 1 };
  const reference = b.ordered ? numbered(b.start) : BULLETS;
  return b.items.flatMap((item) =>
    item.flatMap((child, i) =>
      i === 0 && child.kind === "paragraph"
        ? [paragraph(child.runs, inner, reference.reference)]
        : block(child, inner),
    ),
  );
}

function block(b: ExportBlock, place: Place): Child[] {
  switch (b.kind) {
    case "table":
      return table(b.table);
    case "heading":
      return [
        new Paragraph({
          children: inlines(b.runs),
          heading: b.level === 4 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
          keepNext: true,
        }),
      ];
    case "paragraph":
      return [paragraph(b.runs, place)];
    case "list":
      return listChildren(b, place);
    case "quote":
      return b.blocks.flatMap((child) => block(child, { ...place, quote: true }));
    case "rule":
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } },
        }),
      ];
  }
}

function fact(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

const cells = (texts: string[]) => texts.map((text) => plainRuns(text));

function cover(d: ExportDocument): Child[] {
  const parts: Child[] = [];
  if (d.draft)
    parts.push(
      new Paragraph({
        children: [new TextRun({ text: DRAFT_MARK, bold: true, size: 56, color: "B00020" })],
      }),
    );
  parts.push(
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: d.versionLine, size: 26 })] }),
    ...(d.agreed
      ? [new Paragraph({ children: [new TextRun({ text: AGREED_LINE, bold: true, color: BLUE })] })]
      : []),
    ...coverFacts(d).map((f) => fact(f.label, f.value)),
    new Paragraph({ text: "Enti", heading: HeadingLevel.HEADING_2 }),
    ...table({
      caption: "Partner della procedura",
      columns: cells(["Ente", "Tipo", "Ruolo"]),
      rows: d.organisations.map((o) =>
        cells([o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role]),
      ),
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
  tracked = new TrackedChanges();
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
  const place: Place = { level: -1, quote: false, lists: { count: 0 } };
  const body = d.sections.flatMap((s) => [
    new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1, keepNext: true }),
    ...s.blocks.flatMap((b) => block(b, place)),
  ]);
  const starts = new Set(d.sections.flatMap((s) => orderedStarts(s.blocks)));
  return new Document({
    creator: d.author || "Tavolo",
    title: d.title,
    description: `${d.versionLine} — SHA-256 ${d.hash}`,
    // Italian, so Word and LibreOffice check spelling and read it aloud in Italian.
    styles: {
      default: { document: { run: { font: FONT, size: 21, language: { value: "it-IT" } } } },
    },
    numbering: { config: [BULLETS, ...[...starts].sort((a, b) => a - b).map(numbered)] },
    // core.xml cp:keywords and docProps/custom.xml: the impronta and where to verify the file.
    keywords: verificationKeywords(d),
    customProperties: [
      { name: "Impronta SHA-256", value: d.hash },
      ...(d.verifyUrl ? [{ name: "Verifica", value: d.verifyUrl }] : []),
    ],
    sections: [
      {
        headers: { default: header },
        footers: { default: footer(d) },
        children: [...cover(d), new Paragraph({ children: [new PageBreak()] }), ...body],
      },
    ],
  });
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
  return deterministicZip(stableRelationshipIds(entries), d.date);
}
