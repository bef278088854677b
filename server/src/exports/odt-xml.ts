import { escapeXml } from "@tavolo/shared";
import { MARK_STYLES } from "./odt-inline.ts";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(" ");

export const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

export function metaXml(
  title: string,
  subject: string,
  date: Date,
  verification: { keywords: string; url: string | null },
): string {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const url = verification.url
    ? `<meta:user-defined meta:name="Verifica">${escapeXml(verification.url)}</meta:user-defined>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NS} office:version="1.3"><office:meta>
<meta:generator>Tavolo</meta:generator><dc:title>${escapeXml(title)}</dc:title><dc:subject>${escapeXml(subject)}</dc:subject>
<meta:creation-date>${stamp}</meta:creation-date><dc:date>${stamp}</dc:date><dc:language>it-IT</dc:language>
<meta:keyword>${escapeXml(verification.keywords)}</meta:keyword>${url}
</office:meta></office:document-meta>`;
}

/** Indentation of a list level: 0.6 cm more per level, the marker hanging in it. */
const indent = (level: number) =>
  `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.5cm" fo:margin-left="${(0.6 * level + 0.4).toFixed(1)}cm"/></style:list-level-properties>`;

/** A list style with the ten levels ODF allows. */
function listStyle(name: string, level: (level: number) => string): string {
  const levels = Array.from({ length: 10 }, (_, i) => level(i + 1)).join("");
  return `<text:list-style style:name="${name}">${levels}</text:list-style>`;
}

/** Page layout with the footer (hash, page X of Y) and, for a draft, BOZZA in the header. */
export function stylesXml(footer: string, header: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Titillium Web" svg:font-family="'Titillium Web'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Titillium Web" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#0066cc"/></style:style>
<style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:padding-left="0.3cm" fo:border-left="1.5pt solid #0066cc"/></style:style>
<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.5pt solid #999999" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Agreed" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#0066cc"/></style:style>
${listStyle("ListBullet", (level) => `<text:list-level-style-bullet text:level="${level}" text:bullet-char="${level % 2 === 1 ? "•" : "◦"}">${indent(level)}</text:list-level-style-bullet>`)}
${listStyle("ListNumber", (level) => `<text:list-level-style-number text:level="${level}" style:num-format="1" style:num-suffix=".">${indent(level)}</text:list-level-style-number>`)}
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Draft" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#b00020"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header>${header ? `<text:p text:style-name="Draft">${escapeXml(header)}</text:p>` : "<text:p/>"}</style:header>
<style:footer><text:p text:style-name="Small">${escapeXml(footer)}</text:p><text:p text:style-name="Small">Pagina <text:page-number text:select-page="current"/> di <text:page-count/></text:p></style:footer>
</style:master-page></office:master-styles>
</office:document-styles>`;
}

export const CONTENT_STYLES = `<office:automatic-styles>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.05cm"/></style:style>
<style:style style:name="Mark" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:background-color="#0066cc"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.05cm" fo:background-color="#e6eef7"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="GridText" style:family="paragraph"><style:text-properties fo:font-size="6.5pt"/></style:style>
${MARK_STYLES}
</office:automatic-styles>`;

/** `columnStyles` are the tables' own column widths, appended to the automatic styles. */
export function contentXml(body: string, columnStyles: string): string {
  const styles = CONTENT_STYLES.replace(
    "</office:automatic-styles>",
    `${columnStyles}</office:automatic-styles>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3">${styles}<office:body><office:text>
${body}
</office:text></office:body></office:document-content>`;
}
