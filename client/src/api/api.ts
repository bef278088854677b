import type { CreateMeetingSchema } from "@tavolo/shared";
import {
  ApiClient,
  type AuditEvent,
  type CreateOrganisation,
  type CreateProcedure,
  type Invitation,
  type InvitationPreview,
  type Meeting,
  type Member,
  type Organisation,
  type Person,
  type Phase,
  type Procedure,
  type ProcedureDetail,
  type ProcedureSummary,
  type Role,
  type SessionPerson,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { z } from "zod";

/** The browser's API client: same origin, so the session cookie travels by itself. */
const client = new ApiClient("");

const procedurePath = (pid: string) => `/api/procedures/${encodeURIComponent(pid)}`;

/** What a meeting form sends: the schema's input, every field named. */
export type MeetingInput = z.input<typeof CreateMeetingSchema>;

/** An invitation as created, with the path of its link (`/invito/<token>`). */
export type CreatedInvitation = Invitation & { path: string };

export interface InvitationRequest {
  role: Role;
  organisationId: string | null;
  singleUse: boolean;
  expiresInHours: number;
}

/** Every call the interface makes, one function each; they throw `ApiRequestError` on refusal. */
export const api = {
  session: () => client.ok<SessionPerson>("GET", "/api/session"),
  startSession: (displayName: string) => client.ok<Person>("POST", "/api/session", { displayName }),
  endSession: () => client.ok<null>("DELETE", "/api/session"),

  procedures: () => client.ok<ProcedureSummary[]>("GET", "/api/procedures"),
  createProcedure: (input: CreateProcedure) =>
    client.ok<Procedure>("POST", "/api/procedures", input),
  createDemo: () => client.ok<Procedure>("POST", "/api/demo"),
  procedure: (pid: string) => client.ok<ProcedureDetail>("GET", procedurePath(pid)),
  updateProcedure: (pid: string, input: Partial<CreateProcedure>) =>
    client.ok<Procedure>("PATCH", procedurePath(pid), input),
  changePhase: (pid: string, phase: Phase) =>
    client.ok<Procedure>("POST", `${procedurePath(pid)}/phase`, { phase }),
  audit: (pid: string) => client.ok<AuditEvent[]>("GET", `${procedurePath(pid)}/audit`),

  createOrganisation: (pid: string, input: CreateOrganisation) =>
    client.ok<Organisation>("POST", `${procedurePath(pid)}/organisations`, input),
  updateOrganisation: (pid: string, oid: string, input: Partial<CreateOrganisation>) =>
    client.ok<Organisation>("PATCH", `${procedurePath(pid)}/organisations/${oid}`, input),
  deleteOrganisation: (pid: string, oid: string) =>
    client.ok<null>("DELETE", `${procedurePath(pid)}/organisations/${oid}`),

  updateMember: (
    pid: string,
    personId: string,
    change: { role?: Role; organisationId?: string | null },
  ) => client.ok<Member>("PATCH", `${procedurePath(pid)}/members/${personId}`, change),
  revokeMember: (pid: string, personId: string) =>
    client.ok<null>("DELETE", `${procedurePath(pid)}/members/${personId}`),

  invitations: (pid: string) => client.ok<Invitation[]>("GET", `${procedurePath(pid)}/invitations`),
  createInvitation: (pid: string, input: InvitationRequest) =>
    client.ok<CreatedInvitation>("POST", `${procedurePath(pid)}/invitations`, input),
  withdrawInvitation: (pid: string, token: string) =>
    client.ok<null>("DELETE", `${procedurePath(pid)}/invitations/${token}`),
  previewInvitation: (token: string) =>
    client.ok<InvitationPreview>("GET", `/api/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string, displayName?: string) =>
    client.ok<{ procedureId: string; alreadyMember: boolean }>(
      "POST",
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      displayName === undefined ? {} : { displayName },
    ),

  createMeeting: (pid: string, input: MeetingInput) =>
    client.ok<Meeting>("POST", `${procedurePath(pid)}/meetings`, input),
  updateMeeting: (pid: string, mid: string, input: Partial<MeetingInput>) =>
    client.ok<Meeting>("PATCH", `${procedurePath(pid)}/meetings/${mid}`, input),
  deleteMeeting: (pid: string, mid: string) =>
    client.ok<null>("DELETE", `${procedurePath(pid)}/meetings/${mid}`),

  createNote: (pid: string, title: string) =>
    client.ok<WorkspaceRoom>("POST", `${procedurePath(pid)}/rooms`, { kind: "nota", title }),
};
