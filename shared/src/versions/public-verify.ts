import type { ApprovalSignature, ApprovalSignatureStatus } from "./approval-binding.ts";
import type { ChainProblem } from "./chain.ts";

/** The export formats a file may be recognised as. */
export type VerifiedFormat = "pdf" | "docx" | "odt" | "md" | "html";

/**
 * `POST /api/verify` (a file's bytes) and `GET /api/verify/<sha256>`: what anyone may learn
 * about a frozen version from a file or a hash, without a session. Never any of its text.
 */
export interface PublicVerification {
  known: true;
  /** "file": the bytes (or hash) are exactly a file Tavolo exported; "impronta": the version's hash. */
  match: "file" | "impronta";
  /** The export format, when `match` is "file". */
  format: VerifiedFormat | null;
  /** SHA-256 of the file, when `match` is "file". */
  fileHash: string | null;
  /** Other frozen versions with the same impronta (the same text frozen more than once). */
  otherVersions: number;
  procedure: { title: string; amministrazione: string };
  document: { title: string };
  version: { number: number; label: string; frozenAt: string; impronta: string };
  /** The procedure's testo concordato (agreed by all, and its stored state verifies). */
  testoConcordato: boolean;
  /** Empty while the stored version verifies. */
  damage: ChainProblem[];
  /** Approvals given for this impronta: organisation, date, how signed, the signature's check. */
  approvals: {
    organisation: string;
    at: string;
    method: ApprovalSignature["method"] | null;
    acr: string | null;
    signature: ApprovalSignatureStatus;
  }[];
}

/** The answer for bytes or a hash Tavolo does not know (404). */
export interface UnknownVerification {
  known: false;
  error: string;
}

/** The public address that verifies a version: printed on every export. */
export function verificationAddress(origin: string, impronta: string): string {
  return `${origin.replace(/\/+$/, "")}/verifica?h=${impronta}`;
}
