import type { Member, ProcedureDetail, ProcedureSummary } from "@tavolo/shared";
import type { Data, MembershipRecord } from "../db/database.ts";
import { phaseStatuses } from "./phase-status.ts";

const byCreation = <T extends { createdAt: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt);

export function organisationsOf(data: Readonly<Data>, procedureId: string) {
  return Object.values(data.organisations)
    .filter((org) => org.procedureId === procedureId)
    .sort(byCreation);
}

export function membersOf(data: Readonly<Data>, procedureId: string): Member[] {
  return data.memberships
    .filter((m) => m.procedureId === procedureId && m.revokedAt === null)
    .map((m) => ({
      personId: m.personId,
      displayName: data.people[m.personId]?.displayName ?? "?",
      role: m.role,
      organisationId: m.organisationId,
      joinedAt: m.joinedAt,
    }));
}

export function roomsOf(data: Readonly<Data>, procedureId: string) {
  return Object.values(data.workspaceRooms)
    .filter((room) => room.procedureId === procedureId)
    .sort(byCreation);
}

export function meetingsOf(data: Readonly<Data>, procedureId: string) {
  return Object.values(data.meetings)
    .filter((meeting) => meeting.procedureId === procedureId)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The procedure's home page as the member `membership` sees it. */
export function procedureDetail(
  data: Readonly<Data>,
  membership: MembershipRecord,
): ProcedureDetail {
  const procedure = data.procedures[membership.procedureId];
  if (!procedure) throw new Error(`procedure ${membership.procedureId} vanished`);
  const organisations = organisationsOf(data, procedure.id);
  const rooms = roomsOf(data, procedure.id);
  const meetings = meetingsOf(data, procedure.id);
  return {
    procedure,
    me: {
      personId: membership.personId,
      role: membership.role,
      organisationId: membership.organisationId,
    },
    phases: phaseStatuses(procedure, rooms, meetings, {
      partnerCount: organisations.length,
      hasAgreedProposal: procedure.agreedVersionId !== null,
    }),
    organisations,
    members: membersOf(data, procedure.id),
    meetings,
    rooms,
  };
}

export function summariesFor(data: Readonly<Data>, personId: string): ProcedureSummary[] {
  return data.memberships
    .filter((m) => m.personId === personId && m.revokedAt === null)
    .flatMap((m) => {
      const procedure = data.procedures[m.procedureId];
      return procedure
        ? [
            {
              id: procedure.id,
              title: procedure.title,
              amministrazione: procedure.amministrazione,
              phase: procedure.phase,
              myRole: m.role,
            },
          ]
        : [];
    });
}
