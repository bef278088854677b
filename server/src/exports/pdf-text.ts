import type PDFKit from "pdfkit";
import { type ExportBlock, type ExportMarks, type ExportRun, runsText } from "./model.ts";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export const INK = "#1a1a1a";
export const BLUE = "#0066cc";
const BODY_SIZE = 10.5;
const LIST_INDENT = 16;
const QUOTE_INDENT = 18;

/** Where blocks are drawn: the left edge and the width, narrower in lists and quotes. */
export interface Box {
  x: number;
  width: number;
}

/** The registered font of a run's marks (the four Titillium Web faces). */
export function fontFor(marks: Pick<ExportMarks, "bold" | "italic">): string {
  if (marks.bold) return marks.italic ? "bolditalic" : "bold";
  return marks.italic ? "italic" : "regular";
}

/** Draws marks as graphics outside the tagged content (borders, bars, fills): an artifact. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent("Artifact");
  draw();
  doc.endMarkedContent();
}

export function bottomOf(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` fits below the cursor (keep-with-next). */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** The height of runs drawn in `width`, measured in the widest face so it never falls short. */
export function runsHeight(doc: Doc, runs: readonly ExportRun[], width: number, size: number) {
  doc.font("bold").fontSize(size);
  return doc.heightOfString(runsText(runs) || "X", { width });
}

/**
 * Draws runs as one paragraph from (x, y): each run in its face, underlined, struck or linked
 * (a clickable, underlined, blue link), each its own marked content under `parent`, a link
 * under its own Link element, so a screen reader reads the text in order and finds the links.
 */
export function drawRuns(
  doc: Doc,
  parent: Struct,
  runs: readonly ExportRun[],
  at: { x: number; y: number; width: number; size: number; gap?: number; bold?: boolean },
): void {
  const visible = runs.filter((run) => run.text !== "");
  visible.forEach((run, i) => {
    const last = i === visible.length - 1;
    const options: PDFKit.Mixins.TextOptions = {
      width: at.width,
      continued: !last,
      underline: run.marks.underline || run.link !== null,
      strike: run.marks.strike,
      link: run.link,
      paragraphGap: last ? (at.gap ?? 0) : 0,
    };
    const draw = () => {
      doc.font(fontFor({ bold: at.bold || run.marks.bold, italic: run.marks.italic }));
      doc.fontSize(at.size).fillColor(run.link ? BLUE : INK);
      if (i === 0) doc.text(run.text, at.x, at.y, options);
      else doc.text(run.text, options);
    };
    parent.add(run.link ? doc.struct("Link", {}, [draw]) : draw);
  });
  doc.fillColor(INK);
}

/** Draws a block inside a box, tagged under a parent (pdf-blocks.ts). */
export type DrawBlock = (doc: Doc, parent: Struct, block: ExportBlock, box: Box) => void;

/** Draws a paragraph, tagged P. */
export function paragraph(doc: Doc, parent: Struct, runs: ExportRun[], box: Box): void {
  if (runs.length === 0) return;
  const element = doc.struct("P");
  parent.add(element);
  drawRuns(doc, element, runs, { x: box.x, y: doc.y, width: box.width, size: BODY_SIZE, gap: 4 });
  element.end();
}

/** Draws a list, tagged L with LI, Lbl and LBody; nested lists indent further. */
export function list(
  doc: Doc,
  parent: Struct,
  b: Extract<ExportBlock, { kind: "list" }>,
  box: Box,
  drawBlock: DrawBlock,
): void {
  const element = doc.struct("L");
  parent.add(element);
  const inner = { x: box.x + LIST_INDENT, width: box.width - LIST_INDENT };
  b.items.forEach((item, i) => {
    const li = doc.struct("LI");
    element.add(li);
    const label = b.ordered ? `${b.start + i}.` : "•";
    ensureSpace(doc, doc.currentLineHeight(true) * 2);
    const top = doc.y;
    li.add(
      doc.struct("Lbl", {}, [
        () => {
          doc.font("regular").fontSize(BODY_SIZE).fillColor(INK);
          doc.text(label, box.x, top, { width: LIST_INDENT - 2, lineBreak: false });
        },
      ]),
    );
    doc.y = top;
    const body = doc.struct("LBody");
    li.add(body);
    for (const child of item) drawBlock(doc, body, child, inner);
    // An empty item still takes its line, so the next label does not print over this one.
    doc.y = Math.max(doc.y, top + doc.currentLineHeight(true));
    body.end();
    li.end();
  });
  element.end();
}

/** Draws a quotation, tagged BlockQuote, with a bar beside it. */
export function quote(
  doc: Doc,
  parent: Struct,
  blocks: readonly ExportBlock[],
  box: Box,
  drawBlock: DrawBlock,
): void {
  const element = doc.struct("BlockQuote");
  parent.add(element);
  const top = doc.y;
  const page = doc.bufferedPageRange().count;
  const inner = { x: box.x + QUOTE_INDENT, width: box.width - QUOTE_INDENT };
  for (const child of blocks) drawBlock(doc, element, child, inner);
  element.end();
  // The bar beside the quote, from its top or from the top of the page it ends on.
  const from = doc.bufferedPageRange().count === page ? top : doc.page.margins.top;
  const to = doc.y - 4;
  artifact(doc, () => {
    doc.rect(box.x + 4, from, 2.5, Math.max(0, to - from)).fill(BLUE);
  });
  doc.fillColor(INK);
}

/** Draws a heading at `level` (3 or 4 in the editor; H2 and H3 under the section's H1). */
export function heading(doc: Doc, parent: Struct, runs: ExportRun[], level: number, box: Box) {
  const size = level === 4 ? 11 : 12;
  // Keep with next: the heading and two lines of what follows, or a new page.
  ensureSpace(doc, runsHeight(doc, runs, box.width, size) + 3 * BODY_SIZE * 1.3 + 6);
  const element = doc.struct(level === 4 ? "H3" : "H2");
  parent.add(element);
  doc.moveDown(0.3);
  const y = doc.y;
  drawRuns(doc, element, runs, { x: box.x, y, width: box.width, size, gap: 3, bold: true });
  element.end();
}

/** Draws a horizontal rule, an artifact. */
export function rule(doc: Doc, box: Box): void {
  doc.moveDown(0.3);
  artifact(doc, () => {
    doc
      .moveTo(box.x, doc.y)
      .lineTo(box.x + box.width, doc.y)
      .lineWidth(0.5)
      .stroke("#999999");
  });
  doc.moveDown(0.6);
}
