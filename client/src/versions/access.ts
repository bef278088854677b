import { type ApprovalRound, canFreezeVersions, type ProcedureDetail } from "@tavolo/shared";

/** Facilitators and the municipality's referente freeze versions (the server checks too). */
export function canFreeze(detail: ProcedureDetail): boolean {
  return canFreezeVersions(detail.me, ownOrganisation(detail));
}

export function ownOrganisation(detail: ProcedureDetail) {
  if (detail.me.organisationId === null) return undefined;
  return detail.organisations.find((o) => o.id === detail.me.organisationId);
}

/** The organisation this person answers for in an open round, if they are its referente. */
export function answeringFor(detail: ProcedureDetail, round: ApprovalRound) {
  if (detail.me.role !== "referente" || round.status !== "open") return undefined;
  return round.organisations.find((o) => o.id === detail.me.organisationId);
}

export const shortHash = (hash: string) => `${hash.slice(0, 12)}…`;
