import { type Action, can, ROLE_LABELS } from "@tavolo/shared";
import type { Context } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { Data, MembershipRecord, PersonRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";

/** The person behind the request; 401 without a session. */
export function requirePerson(c: Context<AuthEnv>): PersonRecord {
  const person = c.get("person");
  if (!person) {
    throw new ApiError(401, "no session: open an invitation link or start a session first");
  }
  return person;
}

/**
 * The request's person (null without a session), checked against `data` now: 401 if their
 * session ended (signed out, or rotated) or their API token was revoked since the request began.
 */
export function personStill(c: Context<AuthEnv>, data: Readonly<Data>): PersonRecord | null {
  const sessionId = c.get("sessionId");
  if (sessionId && !data.sessions[sessionId]) throw new ApiError(401, "session: it has ended");
  const tokenId = c.get("apiTokenId");
  if (tokenId && data.apiTokens[tokenId]?.revokedAt !== null) {
    throw new ApiError(401, "token: it was revoked");
  }
  return c.get("person");
}

/** The person's live (not revoked) membership of a procedure, if any. */
export function membershipOf(
  data: Readonly<Data>,
  procedureId: string,
  personId: string,
): MembershipRecord | undefined {
  return data.memberships.find(
    (m) => m.procedureId === procedureId && m.personId === personId && m.revokedAt === null,
  );
}

export interface MemberContext {
  person: PersonRecord;
  membership: MembershipRecord;
}

/**
 * Checks that the request's person is a member of the procedure and, when `action` is given,
 * that their role allows it: 401 without session, 404 unknown procedure, 403 otherwise.
 * A handler that awaited since its first check calls it again inside the `db.change` that
 * writes, so the check and the write are one synchronous step (a revocation, a role change or
 * a rotated session id in between is seen).
 */
export function requireMember(
  c: Context<AuthEnv>,
  data: Readonly<Data>,
  procedureId: string,
  action?: Action,
): MemberContext {
  const person = requirePerson(c);
  personStill(c, data);
  if (!data.procedures[procedureId]) throw new ApiError(404, "procedure: not found");
  const membership = membershipOf(data, procedureId, person.id);
  if (!membership) throw new ApiError(403, "you are not a member of this procedure");
  if (action && !can(membership.role, action)) {
    throw new ApiError(403, `the role ${ROLE_LABELS[membership.role].it} may not do ${action}`);
  }
  return { person, membership };
}
