import { randomBytes } from "node:crypto";
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  type Invitation,
  type InvitationPreview,
} from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import { type AuthEnv, startSession } from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { membershipOf, requireMember } from "./access.ts";
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
    const { person } = requireMember(c, db.data, pid, "people.invite");
    const input = await readBody(c, CreateInvitationSchema);
    if (input.organisationId && db.data.organisations[input.organisationId]?.procedureId !== pid) {
      throw new ApiError(400, "organisationId: not an organisation of this procedure");
    }
    const now = Date.now();
    const invitation: Invitation = {
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
    await db.change((data) => {
      data.invitations[invitation.token] = invitation;
      recordAudit(data, pid, person, "invitation.created", { role: invitation.role });
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

/** Invitees' side: `/api/invitations/:token` to preview and accept an invitation link. */
export function invitationsRoute({ db, secret }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  const find = (token: string): Invitation => {
    const invitation = db.data.invitations[token];
    if (!invitation) throw new ApiError(404, "invitation: not found");
    return invitation;
  };

  route.get("/:token", (c) => c.json(preview(db.data, find(readId(c, "token")))));

  route.post("/:token/accept", async (c) => {
    const invitation = find(readId(c, "token"));
    const reason = unusableBecause(invitation);
    if (reason) throw new ApiError(410, reason);
    const { displayName } = await readBody(c, AcceptInvitationSchema);
    let person = c.get("person");
    if (!person) {
      if (!displayName) throw new ApiError(400, "displayName: tell us your name to join");
      const created = { id: newId(), displayName, createdAt: new Date().toISOString() };
      await db.change((data) => {
        data.people[created.id] = created;
      });
      await startSession(c, db, secret, created.id);
      person = created;
    }
    const joiner = person;
    const alreadyMember = membershipOf(db.data, invitation.procedureId, joiner.id) !== undefined;
    await db.change((data) => {
      data.invitations[invitation.token]?.usedBy.push(joiner.id);
      if (alreadyMember) return;
      data.memberships.push({
        procedureId: invitation.procedureId,
        personId: joiner.id,
        role: invitation.role,
        organisationId: invitation.organisationId,
        joinedAt: new Date().toISOString(),
        revokedAt: null,
      });
      recordAudit(data, invitation.procedureId, joiner, "invitation.accepted", {
        role: invitation.role,
      });
    });
    return c.json({ procedureId: invitation.procedureId, alreadyMember });
  });

  return route;
}
