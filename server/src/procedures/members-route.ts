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

  const target = (data: Readonly<Data>, pid: string, personId: string): MembershipRecord => {
    const membership = membershipOf(data, pid, personId);
    if (!membership) throw new ApiError(404, "member: not found in this procedure");
    return membership;
  };
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
    const personId = readId(c, "personId");
    requireMember(c, db.data, pid, "people.manage");
    target(db.data, pid, personId);
    const changes = await readBody(c, UpdateMemberSchema);
    const membership = await db.change((data) => {
      // Checked where it is written: who acts, whom, and the last facilitator may all have
      // changed while the body was read.
      const { person } = requireMember(c, data, pid, "people.manage");
      const membership = target(data, pid, personId);
      if (changes.role && changes.role !== "facilitatore") {
        keepsAFacilitator(data, pid, membership);
      }
      if (
        changes.organisationId &&
        data.organisations[changes.organisationId]?.procedureId !== pid
      ) {
        throw new ApiError(400, "organisationId: not an organisation of this procedure");
      }
      Object.assign(membership, changes);
      recordAudit(data, pid, person, "member.changed", {
        member: data.people[membership.personId]?.displayName ?? membership.personId,
        role: membership.role,
      });
      return membership;
    });
    // Open connections were authorised under the old role: make them reconnect.
    disconnect(membership.personId, roomIds(pid), CloseCode.accessChanged, "your role changed");
    return c.json(membersOf(db.data, pid).find((m) => m.personId === membership.personId));
  });

  route.delete("/:personId", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "people.manage");
    const membership = target(db.data, pid, readId(c, "personId"));
    keepsAFacilitator(db.data, pid, membership);
    await db.change((data) => {
      // Checked again where it is written: two revocations at once cannot both pass.
      const draft = target(data, pid, membership.personId);
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
