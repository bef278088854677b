import type {
  ApprovalRound,
  CanonicalDocument,
  OrganisationSnapshot,
  WorkspaceRoom,
} from "@tavolo/shared";
import type { Data, StoredVersion } from "../db/database.ts";
import { signatureStatus, signaturesHold } from "../versions/approval-signature.ts";
import { roundOf } from "../versions/approvals.ts";
import { organisationSnapshot } from "../versions/freeze.ts";
import { impronta } from "../versions/hashing.ts";
import { approvalSignatureLine } from "./cover-facts.ts";
import { italianDate } from "./format.ts";
import { DRAFT_MARK, type ExportApproval, type ExportDocument } from "./model.ts";
import { exportSections } from "./sections.ts";

/** Each organisation's answer about this text: answers given for another hash are none. */
function approvalsOf(round: ApprovalRound | null, hash: string): ExportApproval[] {
  if (!round) return [];
  return round.organisations.map((organisation) => {
    const response = round.responses.find(
      (r) => r.organisationId === organisation.id && r.versionHash === hash,
    );
    if (!response) {
      const answer =
        round.status === "superseded"
          ? "nessuna risposta (giro superato da una versione successiva)"
          : "in attesa di risposta";
      return { organisation: organisation.name, answer };
    }
    const when = italianDate(new Date(response.at));
    const given =
      response.decision === "approve"
        ? `approvato da ${response.personName} il ${when}`
        : `modifiche richieste da ${response.personName} il ${when}: ${response.reason ?? ""}`;
    const signed = approvalSignatureLine(response.signature, signatureStatus(response, hash));
    return { organisation: organisation.name, answer: `${given} (${signed})` };
  });
}

interface Frame {
  room: WorkspaceRoom;
  canonical: string;
  organisations: OrganisationSnapshot[];
}

function baseDocument(data: Readonly<Data>, frame: Frame) {
  const procedure = data.procedures[frame.room.procedureId];
  const names = new Map(frame.organisations.map((o) => [o.id, o.name]));
  const nameOf = (id: string) =>
    names.get(id) ?? data.organisations[id]?.name ?? "ente non più presente";
  const document = JSON.parse(frame.canonical) as CanonicalDocument;
  return {
    title: frame.room.title,
    procedureTitle: procedure?.title ?? "",
    amministrazione: procedure?.amministrazione ?? "",
    legalBasis: procedure?.legalBasis ?? "",
    fundingLine: procedure?.fundingLine ?? "",
    cup: procedure?.cup ?? "",
    organisations: frame.organisations,
    sections: exportSections(document, nameOf),
  };
}

/**
 * A frozen version as printed: dated at its freeze, with its impronta and approvals;
 * `canonical` is its stored text, verified against `version.hash` by the caller.
 */
export function versionExport(
  data: Readonly<Data>,
  version: StoredVersion,
  canonical: string,
  verifyUrl: string,
): ExportDocument {
  const room = data.workspaceRooms[version.roomId];
  if (!room) throw new Error(`version ${version.id}: room missing`);
  const frame = { room, canonical, organisations: version.organisations };
  return {
    ...baseDocument(data, frame),
    versionLine: `Versione ${version.number} — ${version.label}`,
    draft: false,
    author: version.authorName,
    date: new Date(version.createdAt),
    hash: version.hash,
    verifyUrl,
    approvals: approvalsOf(roundOf(data, version.id), version.hash),
    approvalReason: version.approvalReason ?? null,
    // A wrong signature among the answers unmakes the testo concordato (README, "Approvals").
    agreed:
      data.procedures[version.procedureId]?.agreedVersionId === version.id &&
      signaturesHold(data, version),
    previousHash: version.previousHash,
  };
}

/** The live draft as printed now, marked BOZZA. */
export function draftExport(
  data: Readonly<Data>,
  room: WorkspaceRoom,
  canonical: string,
  now: Date,
): ExportDocument {
  const organisations = organisationSnapshot(data, room.procedureId);
  return {
    ...baseDocument(data, { room, canonical, organisations }),
    versionLine: `${DRAFT_MARK} — testo in lavorazione, non congelato`,
    draft: true,
    author: "",
    date: now,
    hash: impronta(canonical),
    verifyUrl: null,
    approvals: [],
    approvalReason: null,
    agreed: false,
    previousHash: null,
  };
}
