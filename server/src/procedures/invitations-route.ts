import { randomBytes } from "node:crypto";
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  type Invitation,
  type InvitationPreview,
} from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import { type AuthEnv, presentedSessionId, setSessionCookie } from "../auth/session.ts";
import type { Data, PersonRecord } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { startSession } from "../identity/sessions.ts";
import { membershipOf, personStill, requireMember } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";

/** Why an invitation can no longer be accepted, or null while it can. */
function unusableBecause(invitation: Invitation, now = Date.now()): string | null {
  if (invitation.revokedAt) return "this invitation was withdrawn";
  if (Date.parse(invitation.expiresAt) <= now) return "this invitation has expired";
  if (invitation.singleUse && invitation.usedBy.length > 0)
    return "this invitation was already used";
  return null;
}

function preview(data: Readonly<Data>, invitation: Invitation): InvitationPreview {
  const procedure = data.procedures[invitation.procedureId];
  const reason = procedure ? unusableBecause(invitation) : "the procedure no longer exists";
  return {
    procedureTitle: procedure?.title ?? "",
    amministrazione: procedure?.amministrazione ?? "",
    role: invitation.role,
    organisationName: invitation.organisationId
      ? (data.organisations[invitation.organisationId]?.name ?? null)
      : null,
    expiresAt: invitation.expiresAt,
    valid: reason === null,
    reason,
  };
}

/** Facilitators' side: `/api/procedures/:pid/invitations`. */
export function procedureInvitationsRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "people.invite");
    return c.json(Object.values(db.data.invitations).filter((i) => i.procedureId === pid));
  });

  route.post("/", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "people.invite");
    const input = await readBody(c, CreateInvitationSchema);
    const invitation = await db.change((data) => {
      const { person } = requireMember(c, data, pid, "people.invite");
      if (input.organisationId && data.organisations[input.organisationId]?.procedureId !== pid) {
        throw new ApiError(400, "organisationId: not an organisation of this procedure");
      }
      const now = Date.now();
      const created: Invitation = {
        token: randomBytes(24).toString("base64url"),
        procedureId: pid,
        role: input.role,
        organisationId: input.organisationId,
        singleUse: input.singleUse,
        expiresAt: new Date(now + input.expiresInHours * 3_600_000).toISOString(),
        createdBy: person.id,
        createdAt: new Date(now).toISOString(),
        usedBy: [],
        revokedAt: null,
      };
      data.invitations[created.token] = created;
      recordAudit(data, pid, person, "invitation.created", { role: created.role });
      return created;
    });
    return c.json({ ...invitation, path: `/invito/${invitation.token}` }, 201);
  });

  route.delete("/:token", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "people.invite");
    const invitation = db.data.invitations[readId(c, "token")];
    if (!invitation || invitation.procedureId !== pid)
      throw new ApiError(404, "invitation: not found");
    await db.change((data) => {
      const target = data.invitations[invitation.token];
      if (target) target.revokedAt = new Date().toISOString();
      recordAudit(data, pid, person, "invitation.withdrawn", { role: invitation.role });
    });
    return c.body(null, 204);
  });

  return route;
}

/**
 * Why `personId`, once revoked from the procedure, may not come back through `invitation`, or
 * null. A revocation holds until a facilitator explicitly invites the person again: only a
 * single-use invitation created after the (latest) revocation readmits them; a multi-use link,
 * or any link made before, does not.
 */
function revokedBecause(
  data: Readonly<Data>,
  invitation: Invitation,
  personId: string,
): string | null {
  const revocations = data.memberships
    .filter((m) => m.procedureId === invitation.procedureId && m.personId === personId)
    .flatMap((m) => (m.revokedAt === null ? [] : [Date.parse(m.revokedAt)]));
  if (revocations.length === 0) return null;
  if (invitation.singleUse && Date.parse(invitation.createdAt) > Math.max(...revocations)) {
    return null;
  }
  return "your access to this procedure was revoked: only a new single-use invitation from a facilitator lets you back in";
}

/** Someone joining without a session becomes a person with the name they gave. */
function newPerson(data: Data, displayName: string | undefined, now: string): PersonRecord {
  if (!displayName) throw new ApiError(400, "displayName: tell us your name to join");
  const person = { id: newId(), displayName, createdAt: now };
  data.people[person.id] = person;
  return person;
}

interface Accepted {
  person: PersonRecord;
  alreadyMember: boolean;
}

/**
 * Checks the invitation and records its use in one synchronous step (inside `db.change`), so
 * simultaneous accepts cannot all pass the check. A member opening a link keeps their role and
 * leaves the link unused for the person it was meant for.
 */
export function acceptInto(
  data: Data,
  invitation: Invitation,
  signedIn: PersonRecord | null,
  displayName: string | undefined,
): Accepted {
  const reason = unusableBecause(invitation);
  if (reason) throw new ApiError(410, reason);
  if (signedIn && membershipOf(data, invitation.procedureId, signedIn.id)) {
    return { person: signedIn, alreadyMember: true };
  }
  if (signedIn) {
    const revoked = revokedBecause(data, invitation, signedIn.id);
    if (revoked) throw new ApiError(403, revoked);
  }
  const now = new Date().toISOString();
  const person = signedIn ?? newPerson(data, displayName, now);
  invitation.usedBy.push(person.id);
  data.memberships.push({
    procedureId: invitation.procedureId,
    personId: person.id,
    role: invitation.role,
    organisationId: invitation.organisationId,
    joinedAt: now,
    revokedAt: null,
  });
  recordAudit(data, invitation.procedureId, person, "invitation.accepted", {
    role: invitation.role,
  });
  return { person, alreadyMember: false };
}

/** Invitees' side: `/api/invitations/:token` to preview and accept an invitation link. */
export function invitationsRoute({ db, secret, origins }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  const find = (token: string): Invitation => {
    const invitation = db.data.invitations[token];
    if (!invitation) throw new ApiError(404, "invitation: not found");
    return invitation;
  };

  route.get("/:token", (c) => c.json(preview(db.data, find(readId(c, "token")))));

  /** Joins the procedure; the session id is always a new one (a planted cookie gains nothing). */
  route.post("/:token/accept", async (c) => {
    const token = readId(c, "token");
    const reason = unusableBecause(find(token));
    if (reason) throw new ApiError(410, reason);
    const { displayName } = await readBody(c, AcceptInvitationSchema);
    const presented = await presentedSessionId(c, secret);
    const { accepted, session, procedureId } = await db.change((data) => {
      const invitation = data.invitations[token];
      if (!invitation) throw new ApiError(404, "invitation: not found");
      const accepted = acceptInto(data, invitation, personStill(c, data), displayName);
      const { id } = accepted.person;
      const session = startSession(data, presented, id, "invitation", c.req.header("user-agent"));
      return { accepted, session, procedureId: invitation.procedureId };
    });
    await setSessionCookie(c, secret, origins, session);
    return c.json({ procedureId, alreadyMember: accepted.alreadyMember });
  });

  return route;
}
