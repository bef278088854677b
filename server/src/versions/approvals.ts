import {
  type ApprovalDecisionSchema,
  type ApprovalRound,
  type ApprovalSignature,
  findProposalTemplate,
  isAgreed,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { z } from "zod";
import type { Data, MembershipRecord, PersonRecord, StoredVersion } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { recordAudit } from "../procedures/audit.ts";
import { referenteOrganisation } from "./rights.ts";

type Decision = z.output<typeof ApprovalDecisionSchema>;

/** The open round on this version; 409 if there is none (never opened, superseded, agreed). */
export function openRoundOf(data: Readonly<Data>, versionId: string): ApprovalRound {
  const round = Object.values(data.approvalRounds).find(
    (r) => r.versionId === versionId && r.status === "open",
  );
  if (!round) throw new ApiError(409, "this version has no open approval round");
  return round;
}

/** The latest round of a version, whatever its status. */
export function roundOf(data: Readonly<Data>, versionId: string): ApprovalRound | null {
  const rounds = Object.values(data.approvalRounds).filter((r) => r.versionId === versionId);
  return rounds.sort((a, b) => a.openedAt.localeCompare(b.openedAt)).at(-1) ?? null;
}

/** Whether agreeing on this document makes it the procedure's testo concordato. */
export function isProposalDocument(room: WorkspaceRoom): boolean {
  const template = room.templateId ? findProposalTemplate(room.templateId) : undefined;
  return template?.documentKeys.includes("progetto-definitivo") ?? false;
}

/** The organisation the member answers for; 403 unless they are its referente in the round. */
export function answeringOrganisation(
  data: Readonly<Data>,
  membership: MembershipRecord,
  round: ApprovalRound,
  requested: string | undefined,
): string {
  const own = referenteOrganisation(data, membership);
  if (!own) throw new ApiError(403, "only an organisation's referente may answer for it");
  if (requested !== undefined && requested !== own.id) {
    throw new ApiError(403, "a referente answers only for their own organisation");
  }
  if (!round.organisations.some((organisation) => organisation.id === own.id)) {
    throw new ApiError(403, "your organisation was not asked in this round");
  }
  return own.id;
}

export interface Answer {
  version: StoredVersion;
  room: WorkspaceRoom;
  roundId: string;
  organisationId: string;
  person: PersonRecord;
  decision: Decision;
  /** The approver's signature over this answer, when they gave one. */
  signature?: ApprovalSignature | undefined;
}

/** Records one organisation's answer and, when all approved, the agreement; in `db.change`. */
export function recordAnswer(data: Data, answer: Answer): ApprovalRound {
  const { version, person, decision, organisationId } = answer;
  const round = data.approvalRounds[answer.roundId];
  if (round?.status !== "open") throw new ApiError(409, "the approval round is closed");
  const at = new Date().toISOString();
  round.responses = round.responses.filter((r) => r.organisationId !== organisationId);
  round.responses.push({
    organisationId,
    personId: person.id,
    personName: person.displayName,
    decision: decision.decision,
    reason: decision.decision === "request_changes" ? decision.reason : null,
    at,
    // Bound to the text it was given for: it counts only while that is the version's hash.
    versionHash: version.hash,
    ...(answer.signature ? { signature: answer.signature } : {}),
  });
  const organisation = data.organisations[organisationId]?.name ?? organisationId;
  const details = { number: version.number, hash: version.hash, organisation };
  if (decision.decision === "approve") {
    recordAudit(data, version.procedureId, person, "approval.approved", details);
  } else {
    const reason = decision.reason;
    recordAudit(data, version.procedureId, person, "approval.changesRequested", {
      ...details,
      reason,
    });
  }
  if (isAgreed(round, version.hash)) agree(data, round, answer, at);
  return round;
}

function agree(data: Data, round: ApprovalRound, answer: Answer, at: string): void {
  round.status = "agreed";
  round.closedAt = at;
  const procedure = data.procedures[round.procedureId];
  const concordato = procedure !== undefined && isProposalDocument(answer.room);
  if (procedure && concordato) procedure.agreedVersionId = round.versionId;
  recordAudit(data, round.procedureId, answer.person, "approval.agreed", {
    number: answer.version.number,
    hash: round.hash,
    testoConcordato: concordato,
  });
}
