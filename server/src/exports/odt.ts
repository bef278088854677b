import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
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
import { contentXml, MANIFEST, metaXml, stylesXml } from "./odt-xml.ts";
import { deterministicZip } from "./zip.ts";

const p = (text: string, style = "Standard") =>
  `<text:p text:style-name="${style}">${escapeXml(text).replace(/\n/g, "<text:line-break/>")}</text:p>`;
const h = (text: string, level: number) =>
  `<text:h text:style-name="Heading_${level}" text:outline-level="${level}">${escapeXml(text)}</text:h>`;
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

function tableXml(t: ExportTable, name: string, styles: string[]): string {
  const style = t.grid ? "GridText" : "Standard";
  const cell = (text: string, head: boolean) =>
    text === MONTH_MARK
      ? '<table:table-cell table:style-name="Mark"><text:p/></table:table-cell>'
      : `<table:table-cell table:style-name="${head ? "Head" : "Cell"}" office:value-type="string">${p(text, style)}</table:table-cell>`;
  const row = (cells: string[], head = false) =>
    `<table:table-row>${cells.map((c) => cell(c, head)).join("")}</table:table-row>`;
  return [
    p(t.caption, "Caption"),
    `<table:table table:name="${name}">${columnsXml(t, name, styles)}`,
    `<table:table-header-rows>${row(t.columns, true)}</table:table-header-rows>`,
    ...t.rows.map((r) => row(r)),
    t.footer ? row(t.footer, true) : "",
    "</table:table>",
  ].join("");
}

function blockXml(b: ExportBlock, nextName: () => string, styles: string[]): string {
  if (b.kind === "table") return tableXml(b.table, nextName(), styles);
  if (b.kind === "heading") return h(b.text, 2);
  return p(b.text);
}

function bodyXml(d: ExportDocument, styles: string[]): string {
  let count = 0;
  const nextName = () => `Tabella${++count}`;
  const cover = [
    d.draft ? p(DRAFT_MARK, "Draft") : "",
    p(d.title, "Title"),
    p(d.versionLine),
    fact("Procedura", d.procedureTitle),
    fact("Amministrazione", d.amministrazione),
    fact("Riferimento normativo", d.legalBasis),
    fact("Data", italianDate(d.date)),
    d.author ? fact("Congelata da", d.author) : "",
    fact("Impronta SHA-256", d.hash),
    d.verifyUrl ? fact("Verifica", d.verifyUrl) : "",
    h("Enti", 2),
    tableXml(
      {
        caption: "Partner della procedura",
        columns: ["Ente", "Tipo", "Ruolo"],
        rows: d.organisations.map((o) => [o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role]),
        footer: null,
        grid: false,
      },
      nextName(),
      styles,
    ),
    d.approvals.length > 0 ? h("Approvazioni", 2) : "",
    ...d.approvals.map((a) => fact(a.organisation, a.answer)),
    '<text:p text:style-name="Break"/>',
  ];
  const sections = d.sections.flatMap((s) => [
    h(s.title, 1),
    ...s.blocks.map((b) => blockXml(b, nextName, styles)),
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
