import { z } from "zod";
import type { OrganisationType, PartnerRole } from "../domain/organisation.ts";
import type { CompletenessReport } from "../proposal/completeness.ts";
import type { ApprovalSignature, ApprovalSignatureCheck } from "./approval-binding.ts";
import { ApprovalProofSchema } from "./approval-binding-schemas.ts";
import type { ChainProblem } from "./chain.ts";

/** `POST /api/rooms/:room/versions`: freeze the document's current server state. */
export const FreezeVersionSchema = z.object({
  label: z.string().trim().min(2, "at least 2 characters").max(200),
  /** Opens an approval round on the new version (closing any open one as superseded). */
  openApproval: z.boolean().default(false),
  /**
   * Why the round opens although sections are empty or over their limit: required then, and
   * only a facilitator may give it. Kept in the version and printed on its cover.
   */
  reason: z.string().trim().min(10, "at least 10 characters").max(1000).optional(),
});
export type FreezeVersion = z.input<typeof FreezeVersionSchema>;

/** A lower-case hex SHA-256 (the impronta). */
export const ImprontaSchema = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex");

/** `POST /api/versions/:id/approvals`: one organisation's answer, for that exact impronta. */
const answerFields = {
  hash: ImprontaSchema,
  /** The organisation answering; if given it must be the referente's own. */
  organisationId: z.string().min(1).max(64).optional(),
  /** The approver's signature over the challenge they asked for (see approval-binding.ts). */
  proof: ApprovalProofSchema.optional(),
};
export const ApprovalDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), ...answerFields }),
  z.object({
    decision: z.literal("request_changes"),
    ...answerFields,
    reason: z.string().trim().min(3, "at least 3 characters").max(2000),
  }),
]);
export type ApprovalDecision = z.input<typeof ApprovalDecisionSchema>;

/** An organisation of the procedure as it stood when the version was frozen. */
export interface OrganisationSnapshot {
  id: string;
  name: string;
  type: OrganisationType;
  role: PartnerRole;
}

/**
 * One frozen version of a document: never rewritten. `hash` is the SHA-256 of the UTF-8 bytes
 * of `canonical`; `previousHash` links it to the previous version of the same document.
 */
export interface DocumentVersion {
  id: string;
  procedureId: string;
  roomId: string;
  /** 1, 2, … per document. */
  number: number;
  label: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  /** The canonical JSON string of the document (canonicalDocumentFromYDoc). */
  canonical: string;
  hash: string;
  previousHash: string | null;
  /** The Yjs state is stored beside the metadata as `DATA_DIR/versions/<id>.bin`. */
  stateBytes: number;
  organisations: OrganisationSnapshot[];
  /** Empty and over-limit sections at the freeze (absent on versions frozen before the report). */
  completeness?: CompletenessReport;
  /** The facilitator's reason for opening the approval round despite the report, if it was. */
  approvalReason?: string | null;
}

/** A version as the API lists it: without its (possibly long) canonical string. */
export type VersionSummary = Omit<DocumentVersion, "canonical">;

export type ApprovalAnswer = "approve" | "request_changes";

export interface ApprovalResponse {
  organisationId: string;
  personId: string;
  personName: string;
  decision: ApprovalAnswer;
  reason: string | null;
  at: string;
  /**
   * The impronta this answer was given for: the approval is bound to it, and counts for a
   * version only while it is that version's hash (records older than this field carry the
   * round's hash, filled in when the store opens).
   */
  versionHash: string;
  /** The approver's signature; absent on answers given before approvals were signed. */
  signature?: ApprovalSignature;
}

export type ApprovalRoundStatus = "open" | "agreed" | "superseded";

/** Asking every organisation of the procedure, each through its referente, to approve a hash. */
export interface ApprovalRound {
  id: string;
  procedureId: string;
  roomId: string;
  versionId: string;
  hash: string;
  status: ApprovalRoundStatus;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  /** Who must answer: every organisation of the procedure when the round opened. */
  organisations: OrganisationSnapshot[];
  /** The latest answer of each organisation that answered. */
  responses: ApprovalResponse[];
}

/** Where a round stands, organisation by organisation. */
export interface ApprovalTally {
  approved: string[];
  changesRequested: string[];
  pending: string[];
}

/**
 * Who approved, who objected and who has not answered yet, for the version whose impronta is
 * `versionHash`: an answer given for another hash is no answer about this text (pending).
 */
export function tallyRound(
  round: Pick<ApprovalRound, "organisations" | "responses">,
  versionHash: string,
): ApprovalTally {
  const tally: ApprovalTally = { approved: [], changesRequested: [], pending: [] };
  for (const organisation of round.organisations) {
    const answer = round.responses.find(
      (r) => r.organisationId === organisation.id && r.versionHash === versionHash,
    );
    if (!answer) tally.pending.push(organisation.id);
    else if (answer.decision === "approve") tally.approved.push(organisation.id);
    else tally.changesRequested.push(organisation.id);
  }
  return tally;
}

/** True once every organisation asked has approved this hash (and at least one was asked). */
export function isAgreed(
  round: Pick<ApprovalRound, "organisations" | "responses">,
  versionHash: string,
): boolean {
  const tally = tallyRound(round, versionHash);
  return round.organisations.length > 0 && tally.approved.length === round.organisations.length;
}

/** `GET /api/versions/:id`: the version, its round if any, and whether it is the agreed text. */
export interface VersionDetail {
  version: DocumentVersion;
  round: ApprovalRound | null;
  /** The procedure's testo concordato: agreed, and its stored state verifies. */
  agreed: boolean;
  /** What is wrong with the stored version; empty while it verifies. */
  damage: ChainProblem[];
  /** Every answer given for this version's impronta, its signature checked again now. */
  signatures: ApprovalSignatureCheck[];
}

/** `GET /api/rooms/:room/versions`. */
export interface VersionList {
  versions: VersionSummary[];
  rounds: ApprovalRound[];
  /** The agreed version, null if none or if it no longer verifies. */
  agreedVersionId: string | null;
  /** Each version's answers (of its latest round), their signatures checked again now. */
  signatures: Record<string, ApprovalSignatureCheck[]>;
  /** Versions of this document whose stored state does not verify, and why. */
  damaged: Record<string, ChainProblem[]>;
  /** Impronta of the live draft now, or null if it cannot be frozen as it stands. */
  draftHash: string | null;
  /** What a freeze now would report (null when the draft cannot be frozen as it stands). */
  draftCompleteness: CompletenessReport | null;
}
