import {
  type CompletenessReport,
  canFreezeVersions,
  hasCompletenessProblems,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { MiddlewareHandler } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { Data, MembershipRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { requirePerson } from "../procedures/access.ts";

/** The document room `id`, or 404 (a board or note has no versions: 400). */
export function documentRoom(data: Readonly<Data>, id: string): WorkspaceRoom {
  const room = data.workspaceRooms[id];
  if (!room) throw new ApiError(404, "room: not found");
  if (room.kind !== "documento") throw new ApiError(400, "room: only documents have versions");
  return room;
}

/** The organisation a member speaks for as its referente, if any. */
export function referenteOrganisation(data: Readonly<Data>, membership: MembershipRecord) {
  if (membership.role !== "referente" || membership.organisationId === null) return undefined;
  const organisation = data.organisations[membership.organisationId];
  return organisation?.procedureId === membership.procedureId ? organisation : undefined;
}

/**
 * Facilitators and the municipality's referente freeze and restore versions (`canFreezeVersions`:
 * only facilitators grant what it reads); 403 for anyone else.
 */
export function requireFreezeRight(data: Readonly<Data>, membership: MembershipRecord): void {
  if (canFreezeVersions(membership, referenteOrganisation(data, membership))) return;
  throw new ApiError(
    403,
    "only a facilitator or the municipality's referente may freeze a version",
  );
}

/**
 * Opening an approval round on a text with empty or over-limit sections is a facilitator's
 * decision, with a reason: 403 for anyone else, 400 without the reason. Returns the reason the
 * version keeps (null when the round opens on a complete text, or no round opens).
 */
export function approvalReasonFor(
  membership: MembershipRecord,
  report: CompletenessReport,
  request: { openApproval: boolean; reason?: string | undefined },
): string | null {
  if (!request.openApproval || !hasCompletenessProblems(report)) return null;
  if (membership.role !== "facilitatore") {
    throw new ApiError(
      403,
      "only a facilitator may open an approval round on a text with empty or over-limit sections",
    );
  }
  if (!request.reason) {
    throw new ApiError(
      400,
      "reason: required to open an approval round on a text with empty or over-limit sections",
    );
  }
  return request.reason;
}

/** 401 before anything is looked up, so an unknown id tells a stranger nothing. */
export const requireSession: MiddlewareHandler<AuthEnv> = async (c, next) => {
  requirePerson(c);
  await next();
};
