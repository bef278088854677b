import type { OrganisationSnapshot } from "@tavolo/shared";

/** The marker of an active month in a cronoprogramma grid cell. */
export const MONTH_MARK = "■";

export interface ExportTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** A last row in bold (totals), if any. */
  footer: string[] | null;
  /** True for the cronoprogramma grid: narrow month columns after the first two. */
  grid: boolean;
}

export type ExportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "bullet"; text: string }
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
  sections: ExportSection[];
}

export const DRAFT_MARK = "BOZZA";

/** The line printed at the foot of every page. */
export function footerLine(document: ExportDocument): string {
  const draft = document.draft ? `${DRAFT_MARK} — non è un testo approvato — ` : "";
  return `${draft}${document.title} — SHA-256 ${document.hash}`;
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
