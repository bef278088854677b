import type { ApprovalSignature, ApprovalSignatureStatus } from "@tavolo/shared";
import { italianDate } from "./format.ts";
import { APPROVAL_REASON_LABEL, type ExportDocument } from "./model.ts";

export interface CoverFact {
  label: string;
  value: string;
}

/** The line that says a version is the agreed text, as every format prints it on the cover. */
export const AGREED_LINE = "Testo concordato: approvato da tutti gli enti partner";

const SIGNATURE_STATUS: Record<ApprovalSignatureStatus, string> = {
  valid: "firma valida",
  invalid: "firma non valida",
  missing: "firma mancante",
};

/**
 * How an answer was confirmed and whether its signature verifies against the impronta now, as
 * every format prints it after the answer: "passkey, firma valida".
 */
export function approvalSignatureLine(
  signature: ApprovalSignature | undefined,
  status: ApprovalSignatureStatus,
): string {
  if (!signature) return SIGNATURE_STATUS.missing;
  const method =
    signature.method === "passkey"
      ? "confermata con passkey"
      : `confermata con SPID/CIE tramite OIDC (${signature.issuer}, livello ${signature.acr ?? "non dichiarato"})`;
  return `${method}, ${SIGNATURE_STATUS[status]}`;
}

/** The label of the address where anyone can verify the file (the PDF adds a QR code). */
export const VERIFY_LABEL = "Verifica pubblica";

/**
 * What every format prints on the cover, in this order, so that no format says less than
 * another: the procedure, its legal basis, funding line and CUP, the date, who froze the text,
 * its impronta and the impronta of the version before it (the chain of versions), and why an
 * approval round was opened on an incomplete text, if it was.
 */
export function coverFacts(d: ExportDocument): CoverFact[] {
  const facts: (CoverFact | null)[] = [
    { label: "Procedura", value: d.procedureTitle },
    { label: "Amministrazione", value: d.amministrazione },
    { label: "Riferimento normativo", value: d.legalBasis },
    d.fundingLine ? { label: "Linea di finanziamento", value: d.fundingLine } : null,
    d.cup ? { label: "CUP", value: d.cup } : null,
    { label: d.draft ? "Data" : "Congelata il", value: italianDate(d.date) },
    d.author ? { label: "Congelata da", value: d.author } : null,
    { label: "Impronta SHA-256", value: d.hash },
    d.previousHash ? { label: "Impronta della versione precedente", value: d.previousHash } : null,
    d.approvalReason ? { label: APPROVAL_REASON_LABEL, value: d.approvalReason } : null,
    d.verifyUrl ? { label: VERIFY_LABEL, value: d.verifyUrl } : null,
  ];
  return facts.filter((fact): fact is CoverFact => fact !== null);
}
