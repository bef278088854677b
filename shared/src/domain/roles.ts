import { z } from "zod";

/** A person's role in one procedure. */
export const RoleSchema = z.enum(["facilitatore", "referente", "redattore", "osservatore"]);
export type Role = z.infer<typeof RoleSchema>;

/** Everything a role may do; the server checks these, the client only hides what is refused. */
export type Action =
  | "procedure.edit"
  | "procedure.changePhase"
  | "organisation.create"
  | "organisation.edit"
  | "organisation.delete"
  | "people.invite"
  | "people.manage"
  | "meeting.manage"
  | "room.create"
  | "room.write"
  | "audit.read";

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  facilitatore: new Set<Action>([
    "procedure.edit",
    "procedure.changePhase",
    "organisation.create",
    "organisation.edit",
    "organisation.delete",
    "people.invite",
    "people.manage",
    "meeting.manage",
    "room.create",
    "room.write",
    "audit.read",
  ]),
  referente: new Set<Action>(["organisation.edit", "room.create", "room.write"]),
  redattore: new Set<Action>(["organisation.edit", "room.write"]),
  osservatore: new Set<Action>(),
};

/**
 * Whether `role` may perform `action`. Organisation edits by a referente or redattore are
 * further limited to their own organisation: see `canEditOrganisation`.
 */
export function can(role: Role, action: Action): boolean {
  return GRANTS[role].has(action);
}

export function canEditOrganisation(
  member: { role: Role; organisationId?: string | null },
  organisationId: string,
): boolean {
  if (member.role === "facilitatore") return true;
  return can(member.role, "organisation.edit") && member.organisationId === organisationId;
}

export const ROLE_LABELS: Record<Role, { it: string; en: string }> = {
  facilitatore: { it: "Facilitatore", en: "Facilitator" },
  referente: { it: "Referente", en: "Organisation lead" },
  redattore: { it: "Redattore", en: "Writer" },
  osservatore: { it: "Osservatore", en: "Observer" },
};
