import path from "node:path";
import { fileURLToPath } from "node:url";
import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import PDFDocument from "pdfkit";
import { italianDate } from "./format.ts";
import { DRAFT_MARK, type ExportDocument, footerLine, verificationKeywords } from "./model.ts";
import { drawQrCode } from "./pdf-qr.ts";
import { drawTable } from "./pdf-table.ts";

const FONTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "fonts");
const MARGINS = { top: 64, bottom: 72, left: 56, right: 56 };
const INK = "#1a1a1a";

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
  return doc.font("regular").fillColor(INK);
}

function fact(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font("bold").fontSize(10).text(`${label}: `, { continued: true });
  doc.font("regular").text(value);
}

/** The address anyone can open to check this file, on one line (copied whole), and as a QR code. */
function verification(doc: PDFKit.PDFDocument, url: string): void {
  doc.font("bold").fontSize(10).text("Verifica pubblica:");
  doc.font("regular").fontSize(8).text(url, MARGINS.left, doc.y, { lineBreak: false, link: url });
  doc.x = MARGINS.left; // lineBreak: false leaves the cursor after the text
  doc.moveDown(1);
  drawQrCode(doc, url, 96);
  doc.moveDown(0.4);
}

function cover(doc: PDFKit.PDFDocument, d: ExportDocument): void {
  if (d.draft) doc.font("bold").fontSize(32).fillColor("#b00020").text(DRAFT_MARK).fillColor(INK);
  doc.font("bold").fontSize(24).text(d.title).moveDown(0.3);
  doc.font("regular").fontSize(13).text(d.versionLine).moveDown(1);
  fact(doc, "Procedura", d.procedureTitle);
  fact(doc, "Amministrazione", d.amministrazione);
  fact(doc, "Riferimento normativo", d.legalBasis);
  fact(doc, "Data", italianDate(d.date));
  if (d.author) fact(doc, "Congelata da", d.author);
  fact(doc, "Impronta SHA-256", d.hash);
  if (d.verifyUrl) verification(doc, d.verifyUrl);
  doc.moveDown(1).font("bold").fontSize(14).text("Enti");
  drawTable(doc, {
    caption: "Partner della procedura",
    columns: ["Ente", "Tipo", "Ruolo"],
    rows: d.organisations.map((o) => [o.name, ORGANISATION_TYPE_LABELS[o.type].it, o.role]),
    footer: null,
    grid: false,
  });
  if (d.approvals.length === 0) return;
  doc.font("bold").fontSize(14).text("Approvazioni");
  for (const a of d.approvals) fact(doc, a.organisation, a.answer);
}

function body(doc: PDFKit.PDFDocument, d: ExportDocument): void {
  for (const section of d.sections) {
    doc.moveDown(0.6).font("bold").fontSize(15).fillColor("#0066cc").text(section.title);
    doc.fillColor(INK).moveDown(0.3);
    for (const block of section.blocks) {
      if (block.kind === "table") drawTable(doc, block.table);
      else if (block.kind === "heading") doc.font("bold").fontSize(12).text(block.text);
      else {
        const indent = block.kind === "bullet" ? 12 : 0;
        doc.font("regular").fontSize(10.5).text(block.text, { indent, paragraphGap: 4 });
      }
    }
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
    doc.font("regular").fontSize(7.5).fillColor("#555555");
    doc.text(footerLine(d), MARGINS.left, y, { width, align: "left" });
    doc.text(`Pagina ${i + 1} di ${range.count}`, MARGINS.left, y + 22, { width, align: "right" });
    if (d.draft) {
      doc.font("bold").fontSize(11).fillColor("#b00020");
      doc.text(DRAFT_MARK, MARGINS.left, 28, { width, align: "right" });
    }
  }
}

/** The document as a PDF/A-2b file: embedded Titillium Web, sRGB output intent, fixed dates. */
export function toPdf(d: ExportDocument): Promise<Uint8Array> {
  const doc = newDocument(d);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  cover(doc, d);
  doc.addPage();
  body(doc, d);
  pageFurniture(doc, d);
  doc.end();
  return done;
}
