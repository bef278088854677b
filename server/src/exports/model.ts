import type { OrganisationSnapshot } from "@tavolo/shared";

/** The marker of an active month in a cronoprogramma grid cell. */
export const MONTH_MARK = "■";

/** Inline formatting the editor stores on text (bold, italic, underline, strike). */
export interface ExportMarks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
}

/**
 * A stretch of text with the same formatting: "\n" inside `text` is a line break. `link` is an
 * address a reader may open (http, https or mailto only), null for plain text.
 */
export interface ExportRun {
  text: string;
  marks: ExportMarks;
  link: string | null;
  /** A pending suggestion on this text (a live draft's DOCX only): a tracked change. */
  change?: ExportChange;
}

/** A suggestion as a tracked change: proposed insertion or deletion, by whom and when. */
export interface ExportChange {
  kind: "insertion" | "deletion";
  id: string;
  author: string;
  date: string;
}

/** One table cell, one paragraph of runs. */
export type ExportCell = ExportRun[];

export interface ExportTable {
  caption: string;
  columns: ExportCell[];
  rows: ExportCell[][];
  /** A last row in bold (totals), if any. */
  footer: ExportCell[] | null;
  /** True for the cronoprogramma grid: narrow month columns after the first two. */
  grid: boolean;
}

export type ExportBlock =
  | { kind: "paragraph"; runs: ExportRun[] }
  /** A heading inside a section: level 3 or 4, as the editor writes them. */
  | { kind: "heading"; level: number; runs: ExportRun[] }
  /** A bullet or numbered list; each item is its own blocks (paragraphs, nested lists). */
  | { kind: "list"; ordered: boolean; start: number; items: ExportBlock[][] }
  | { kind: "quote"; blocks: ExportBlock[] }
  | { kind: "rule" }
  | { kind: "table"; table: ExportTable };

export interface ExportSection {
  title: string;
  blocks: ExportBlock[];
}

export interface ExportApproval {
  organisation: string;
  answer: string;
}

/** Everything any format prints: built once, rendered as PDF, DOCX, ODT, Markdown or HTML. */
export interface ExportDocument {
  title: string;
  procedureTitle: string;
  amministrazione: string;
  legalBasis: string;
  /** The procedure's funding line ("PNRR M5C2 1.3.2"), "" when none is given. */
  fundingLine: string;
  /** The procedure's Codice Unico di Progetto, "" when none is given. */
  cup: string;
  organisations: OrganisationSnapshot[];
  /** "Versione 2 — Testo per l'approvazione", or "BOZZA" for the live draft. */
  versionLine: string;
  draft: boolean;
  author: string;
  /** The freeze time of a version (so the same version gives the same bytes), now for a draft. */
  date: Date;
  /** The version's impronta; for a draft the impronta of the text as it stands. */
  hash: string;
  /** Where anyone can verify the version (`…/verifica?h=<impronta>`); null for a draft. */
  verifyUrl: string | null;
  approvals: ExportApproval[];
  /** Why the approval round opened on a text with empty or over-limit sections, if it did. */
  approvalReason?: string | null;
  /** True when this version is the procedure's testo concordato (every partner approved it). */
  agreed: boolean;
  /** The impronta of the version before this one, null for the first version and drafts. */
  previousHash: string | null;
  sections: ExportSection[];
}

export const DRAFT_MARK = "BOZZA";

/** The cover's label for `approvalReason`. */
export const APPROVAL_REASON_LABEL = "Giro di approvazione aperto con sezioni incomplete";

/** The line printed at the foot of every page. */
export function footerLine(document: ExportDocument): string {
  const draft = document.draft ? `${DRAFT_MARK} — non è un testo approvato — ` : "";
  return `${draft}${document.title} — SHA-256 ${document.hash}`;
}

const NO_MARKS: ExportMarks = { bold: false, italic: false, underline: false, strike: false };

/** Text without formatting as one run (none when the text is empty). */
export function plainRuns(text: string, marks: Partial<ExportMarks> = {}): ExportRun[] {
  return text === "" ? [] : [{ text, marks: { ...NO_MARKS, ...marks }, link: null }];
}

/** A cell with every run in bold (a totals row). */
export function boldCell(cell: ExportCell): ExportCell {
  return cell.map((run) => ({ ...run, marks: { ...run.marks, bold: true } }));
}

/** What a cell or a paragraph reads, without formatting. */
export function runsText(runs: readonly ExportRun[]): string {
  return runs.map((run) => run.text).join("");
}

/** The metadata every format carries of a frozen version: its impronta and where to verify it. */
export function verificationKeywords(document: ExportDocument): string {
  const where = document.verifyUrl ? `; Verifica: ${document.verifyUrl}` : "";
  return `Impronta SHA-256: ${document.hash}${where}`;
}

/** Relative column widths: wide first columns, narrow month columns in a grid. */
export function columnWeights(table: ExportTable): number[] {
  return table.columns.map((_, i) => {
    if (table.grid) return i === 0 ? 3 : i === 1 ? 2.2 : 0.45;
    return i === 0 ? 2.2 : 1;
  });
}

/** `weights` scaled to add up to `total`, rounded down to whole units. */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}
