import { CloseCode, UpdateMemberSchema } from "@tavolo/shared";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { Data, MembershipRecord } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { membershipOf, requireMember } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { membersOf, roomsOf } from "./procedure-detail.ts";

const facilitatorCount = (data: Readonly<Data>, pid: string) =>
  data.memberships.filter(
    (m) => m.procedureId === pid && m.revokedAt === null && m.role === "facilitatore",
  ).length;

/** `/api/procedures/:pid/members`: people, their roles, revocation. */
export function membersRoute({ db, disconnect }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  const target = (pid: string, personId: string): MembershipRecord => {
    const membership = membershipOf(db.data, pid, personId);
    if (!membership) throw new ApiError(404, "member: not found in this procedure");
    return membership;
  };
  /** The same membership in a change's draft (committed records are frozen). */
  const draftOf = (data: Data, pid: string, personId: string): MembershipRecord => {
    const membership = membershipOf(data, pid, personId);
    if (!membership) throw new ApiError(404, "member: not found in this procedure");
    return membership;
  };
  /** Checked inside the change that demotes or revokes, so two at once cannot both pass. */
  const keepsAFacilitator = (data: Readonly<Data>, pid: string, membership: MembershipRecord) => {
    if (membership.role === "facilitatore" && facilitatorCount(data, pid) === 1) {
      throw new ApiError(409, "a procedure needs at least one facilitator");
    }
  };
  const roomIds = (pid: string) => roomsOf(db.data, pid).map((room) => room.id);

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(membersOf(db.data, pid));
  });

  route.patch("/:personId", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "people.manage");
    const membership = target(pid, readId(c, "personId"));
    const changes = await readBody(c, UpdateMemberSchema);
    if (
      changes.organisationId &&
      db.data.organisations[changes.organisationId]?.procedureId !== pid
    ) {
      throw new ApiError(400, "organisationId: not an organisation of this procedure");
    }
    await db.change((data) => {
      const draft = draftOf(data, pid, membership.personId);
      if (changes.role && changes.role !== "facilitatore") keepsAFacilitator(data, pid, draft);
      const changed = Object.assign(draft, changes);
      recordAudit(data, pid, person, "member.changed", {
        member: data.people[changed.personId]?.displayName ?? changed.personId,
        role: changed.role,
      });
    });
    // Open connections were authorised under the old role: make them reconnect.
    disconnect(membership.personId, roomIds(pid), CloseCode.accessChanged, "your role changed");
    return c.json(membersOf(db.data, pid).find((m) => m.personId === membership.personId));
  });

  route.delete("/:personId", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "people.manage");
    const membership = target(pid, readId(c, "personId"));
    await db.change((data) => {
      const draft = draftOf(data, pid, membership.personId);
      keepsAFacilitator(data, pid, draft);
      draft.revokedAt = new Date().toISOString();
      recordAudit(data, pid, person, "member.revoked", {
        member: data.people[membership.personId]?.displayName ?? membership.personId,
      });
    });
    disconnect(membership.personId, roomIds(pid), CloseCode.forbidden, "access revoked");
    return c.body(null, 204);
  });

  return route;
}
