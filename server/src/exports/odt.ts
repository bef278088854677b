import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { AGREED_LINE, coverFacts } from "./cover-facts.ts";
import {
  boldCell,
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
import { runsXml } from "./odt-inline.ts";
import { contentXml, MANIFEST, metaXml, stylesXml } from "./odt-xml.ts";
import { deterministicZip } from "./zip.ts";

const p = (runs: readonly ExportRun[], style = "Standard") =>
  `<text:p text:style-name="${style}">${runsXml(runs)}</text:p>`;
const plain = (text: string, style = "Standard") => p(plainRuns(text), style);
const h = (runs: readonly ExportRun[], level: number) =>
  `<text:h text:style-name="Heading_${level}" text:outline-level="${level}">${runsXml(runs)}</text:h>`;
const fact = (label: string, value: string) =>
  `<text:p><text:span text:style-name="Bold">${escapeXml(label)}: </text:span>${escapeXml(value)}</text:p>`;

/** Column widths of one table, in hundredths of a millimetre over the 17 cm text width. */
function columnsXml(t: ExportTable, name: string, styles: string[]): string {
  return scaleWidths(columnWeights(t), 17000)
    .map((width, i) => {
      const style = `${name}C${i}`;
      styles.push(
        `<style:style style:name="${style}" style:family="table-column"><style:table-column-properties style:column-width="${width / 1000}cm"/></style:style>`,
      );
      return `<table:table-column table:style-name="${style}"/>`;
    })
    .join("");
}

interface Writer {
  styles: string[];
  nextName: () => string;
}

function tableXml(t: ExportTable, w: Writer): string {
  const name = w.nextName();
  const style = t.grid ? "GridText" : "Standard";
  const cell = (runs: ExportCell, head: boolean) =>
    runsText(runs) === MONTH_MARK
      ? '<table:table-cell table:style-name="Mark"><text:p/></table:table-cell>'
      : `<table:table-cell table:style-name="${head ? "Head" : "Cell"}" office:value-type="string">${p(head ? boldCell(runs) : runs, style)}</table:table-cell>`;
  const row = (cells: ExportCell[], head = false) =>
    `<table:table-row>${cells.map((c) => cell(c, head)).join("")}</table:table-row>`;
  return [
    plain(t.caption, "Caption"),
    `<table:table table:name="${name}">${columnsXml(t, name, w.styles)}`,
    `<table:table-header-rows>${row(t.columns, true)}</table:table-header-rows>`,
    ...t.rows.map((r) => row(r)),
    t.footer ? row(t.footer, true) : "",
    "</table:table>",
  ].join("");
}

function listXml(b: Extract<ExportBlock, { kind: "list" }>, w: Writer, quoted: boolean): string {
  const items = b.items.map((item, i) => {
    const start = i === 0 && b.ordered && b.start !== 1 ? ` text:start-value="${b.start}"` : "";
    return `<text:list-item${start}>${item.map((c) => blockXml(c, w, quoted)).join("")}</text:list-item>`;
  });
  return `<text:list text:style-name="${b.ordered ? "ListNumber" : "ListBullet"}">${items.join("")}</text:list>`;
}

function blockXml(b: ExportBlock, w: Writer, quoted = false): string {
  switch (b.kind) {
    case "table":
      return tableXml(b.table, w);
    case "heading":
      return h(b.runs, b.level === 4 ? 3 : 2);
    case "paragraph":
      return p(b.runs, quoted ? "Quote" : "Standard");
    case "list":
      return listXml(b, w, quoted);
    case "quote":
      return b.blocks.map((c) => blockXml(c, w, true)).join("");
    case "rule":
      return '<text:p text:style-name="Rule"/>';
  }
}

function bodyXml(d: ExportDocument, styles: string[]): string {
  let count = 0;
  const w: Writer = { styles, nextName: () => `Tabella${++count}` };
  const cover = [
    d.draft ? plain(DRAFT_MARK, "Draft") : "",
    plain(d.title, "Title"),
    plain(d.versionLine),
    d.agreed ? plain(AGREED_LINE, "Agreed") : "",
    ...coverFacts(d).map((f) => fact(f.label, f.value)),
    h(plainRuns("Enti"), 2),
    tableXml(
      {
        caption: "Partner della procedura",
        columns: ["Ente", "Tipo", "Ruolo"].map((c) => plainRuns(c)),
        rows: d.organisations.map((o) =>
          [o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role].map((c) => plainRuns(c)),
        ),
        footer: null,
        grid: false,
      },
      w,
    ),
    d.approvals.length > 0 ? h(plainRuns("Approvazioni"), 2) : "",
    ...d.approvals.map((a) => fact(a.organisation, a.answer)),
    '<text:p text:style-name="Break"/>',
  ];
  const sections = d.sections.flatMap((s) => [
    h(plainRuns(s.title), 1),
    ...s.blocks.map((b) => blockXml(b, w)),
  ]);
  return [...cover, ...sections].join("\n");
}

/** The document as an OpenDocument text package: `mimetype` stored first, then the XML parts. */
export function toOdt(d: ExportDocument): Uint8Array {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const styles: string[] = [];
  const body = bodyXml(d, styles);
  return deterministicZip(
    [
      { path: "mimetype", data: utf8("application/vnd.oasis.opendocument.text"), store: true },
      { path: "content.xml", data: utf8(contentXml(body, styles.join(""))) },
      { path: "styles.xml", data: utf8(stylesXml(footerLine(d), d.draft ? DRAFT_MARK : "")) },
      {
        path: "meta.xml",
        data: utf8(
          metaXml(d.title, `${d.versionLine} — SHA-256 ${d.hash}`, d.date, {
            keywords: verificationKeywords(d),
            url: d.verifyUrl,
          }),
        ),
      },
      { path: "META-INF/manifest.xml", data: utf8(MANIFEST) },
    ],
    d.date,
  );
}
