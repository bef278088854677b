import path from "node:path";
import { fileURLToPath } from "node:url";
import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import PDFDocument from "pdfkit";
import { AGREED_LINE, coverFacts, VERIFY_LABEL } from "./cover-facts.ts";
import {
  DRAFT_MARK,
  type ExportDocument,
  footerLine,
  plainRuns,
  verificationKeywords,
} from "./model.ts";
import { drawBlock } from "./pdf-blocks.ts";
import { drawQrCode } from "./pdf-qr.ts";
import { drawTable } from "./pdf-table.ts";
import { BLUE, type Box, drawRuns, ensureSpace, INK, runsHeight } from "./pdf-text.ts";

const FONTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "fonts");
const MARGINS = { top: 64, bottom: 72, left: 56, right: 56 };

/**
 * pdfkit copies Title, Author and Subject into the PDF/A XMP metadata, which is XML, without
 * escaping them: "Casa & lavoro" made it malformed. Once the Info dictionary has the text as
 * written, the XMP gets it through the one XML escaper.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { endMetadata?: () => void };
  const endMetadata = internal.endMetadata?.bind(doc);
  if (!endMetadata) throw new Error("pdfkit no longer has endMetadata: check the XMP escaping");
  internal.endMetadata = () => {
    const info = doc.info;
    const xml = (text: string | undefined) => (text === undefined ? undefined : escapeXml(text));
    doc.info = {
      ...info,
      Title: xml(info.Title),
      Author: xml(info.Author),
      Subject: xml(info.Subject),
      Creator: xml(info.Creator),
      Producer: xml(info.Producer),
      Keywords: xml(info.Keywords),
    };
    endMetadata();
  };
}

function newDocument(d: ExportDocument): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    // Tagged: headings, paragraphs, lists, tables and links in a structure tree, in Italian.
    tagged: true,
    lang: "it-IT",
    displayTitle: true,
    font: path.join(FONTS, "TitilliumWeb-Regular.ttf"),
    info: {
      Title: d.title,
      Author: d.author || "Tavolo",
      Subject: `${d.versionLine} — SHA-256 ${d.hash}`,
      Creator: "Tavolo",
      Producer: "Tavolo",
      CreationDate: d.date,
      ModDate: d.date,
      // In the Info dictionary and the XMP (pdf:Keywords): where to verify this file.
      ...(d.verifyUrl ? { Keywords: verificationKeywords(d) } : {}),
    },
  });
  escapeXmpInfo(doc);
  doc.registerFont("regular", path.join(FONTS, "TitilliumWeb-Regular.ttf"));
  doc.registerFont("bold", path.join(FONTS, "TitilliumWeb-Bold.ttf"));
  doc.registerFont("italic", path.join(FONTS, "TitilliumWeb-Italic.ttf"));
  doc.registerFont("bolditalic", path.join(FONTS, "TitilliumWeb-BoldItalic.ttf"));
  return doc.font("regular").fillColor(INK);
}

type Struct = PDFKit.PDFStructureElement;

function textBox(doc: PDFKit.PDFDocument): Box {
  return { x: MARGINS.left, width: doc.page.width - MARGINS.left - MARGINS.right };
}

/** A line of the cover, tagged as a paragraph: "Label: value". */
function fact(doc: PDFKit.PDFDocument, parent: Struct, label: string, value: string): void {
  const runs = [...plainRuns(`${label}: `, { bold: true }), ...plainRuns(value)];
  const p = doc.struct("P");
  parent.add(p);
  const { x, width } = textBox(doc);
  drawRuns(doc, p, runs, { x, y: doc.y, width, size: 10 });
  p.end();
}

/** One line of the cover (or a section title) in one face, tagged as `type`. */
function coverLine(
  doc: PDFKit.PDFDocument,
  parent: Struct,
  type: string,
  text: string,
  size: number,
  color = INK,
) {
  const element = doc.struct(type);
  parent.add(element);
  element.add(() => {
    doc.font("bold").fontSize(size).fillColor(color).text(text, MARGINS.left, doc.y);
  });
  element.end();
  doc.fillColor(INK);
}

/** The address anyone can open to check this file, on one line (copied whole), and as a QR code. */
function verification(doc: PDFKit.PDFDocument, parent: Struct, url: string): void {
  const line = doc.struct("P");
  parent.add(line);
  line.add(() => {
    doc.font("bold").fontSize(10).fillColor(INK).text(`${VERIFY_LABEL}:`, MARGINS.left, doc.y);
    // lineBreak: false keeps the address whole on one line, and leaves the cursor after it.
    doc.font("regular").fontSize(8).text(url, MARGINS.left, doc.y, { lineBreak: false, link: url });
    doc.x = MARGINS.left;
    doc.moveDown(1);
  });
  line.end();
  const code = doc.struct("Figure", { alt: `Codice QR di ${url}` });
  parent.add(code);
  code.add(() => drawQrCode(doc, url, 96));
  code.end();
  doc.moveDown(0.4);
}

function cover(doc: PDFKit.PDFDocument, root: Struct, d: ExportDocument): void {
  const part = doc.struct("Sect");
  root.add(part);
  if (d.draft) coverLine(doc, part, "P", DRAFT_MARK, 32, "#b00020");
  coverLine(doc, part, "H1", d.title, 24);
  doc.moveDown(0.3);
  coverLine(doc, part, "P", d.versionLine, 13);
  if (d.agreed) coverLine(doc, part, "P", AGREED_LINE, 13, BLUE);
  doc.moveDown(1);
  for (const f of coverFacts(d)) if (f.label !== VERIFY_LABEL) fact(doc, part, f.label, f.value);
  if (d.verifyUrl) verification(doc, part, d.verifyUrl);
  doc.moveDown(1);
  coverLine(doc, part, "H2", "Enti", 14);
  drawTable(
    doc,
    part,
    {
      caption: "Partner della procedura",
      columns: ["Ente", "Tipo", "Ruolo"].map((c) => plainRuns(c)),
      rows: d.organisations.map((o) =>
        [o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role].map((c) => plainRuns(c)),
      ),
      footer: null,
      grid: false,
    },
    textBox(doc),
  );
  if (d.approvals.length > 0) {
    ensureSpace(doc, 60);
    coverLine(doc, part, "H2", "Approvazioni", 14);
    for (const a of d.approvals) fact(doc, part, a.organisation, a.answer);
  }
  part.end();
}

/**
 * The sections, each tagged Sect with its title as H1 and a bookmark; a title starts a new page
 * rather than sit alone at the foot of one.
 */
function body(doc: PDFKit.PDFDocument, root: Struct, d: ExportDocument): void {
  for (const section of d.sections) {
    const box = textBox(doc);
    doc.moveDown(0.6);
    ensureSpace(doc, runsHeight(doc, plainRuns(section.title), box.width, 15) + 60);
    doc.outline.addItem(section.title);
    const element = doc.struct("Sect");
    root.add(element);
    coverLine(doc, element, "H1", section.title, 15, BLUE);
    doc.moveDown(0.3);
    for (const block of section.blocks) drawBlock(doc, element, block, box);
    element.end();
  }
}

/** Page numbers, the hash and (for a draft) BOZZA on every page. */
function pageFurniture(doc: PDFKit.PDFDocument, d: ExportDocument): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGINS.bottom + 24;
    // Repeated on every page: pagination, not content, for a screen reader.
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font("regular").fontSize(7.5).fillColor("#555555");
    doc.text(footerLine(d), MARGINS.left, y, { width, align: "left" });
    doc.text(`Pagina ${i + 1} di ${range.count}`, MARGINS.left, y + 22, { width, align: "right" });
    if (d.draft) {
      doc.font("bold").fontSize(11).fillColor("#b00020");
      doc.text(DRAFT_MARK, MARGINS.left, 28, { width, align: "right" });
    }
    doc.endMarkedContent();
  }
}

/**
 * pdfkit writes only xmp:CreateDate; PDF/A wants the XMP dates to agree with the Info
 * dictionary's, which carry the version's freeze time (never "now": the same version gives the
 * same bytes).
 */
function xmpDates(doc: PDFKit.PDFDocument, date: Date): void {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
            <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
        </rdf:Description>`);
}

/**
 * The document as a tagged PDF/A-2b file: embedded Titillium Web, sRGB output intent, fixed
 * dates, a bookmark per section, clickable links.
 */
export function toPdf(d: ExportDocument): Promise<Uint8Array> {
  const doc = newDocument(d);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  cover(doc, root, d);
  doc.addPage();
  body(doc, root, d);
  root.end();
  pageFurniture(doc, d);
  xmpDates(doc, d.date);
  doc.end();
  return done;
}
