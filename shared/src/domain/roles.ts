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
  | "organisation.classify"
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
    "organisation.classify",
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

/**
 * An organisation's fields that decide rights elsewhere: its type (a `comune`'s referente freezes
 * versions) and its partner role. Only facilitators (`organisation.classify`) change them.
 */
export const ORGANISATION_CLASSIFICATION = ["type", "role"] as const;

/**
 * The classification fields `changes` would change that `role` may not change: empty when the
 * edit is allowed. A field sent with its current value is no change (edit forms send them all).
 */
export function refusedOrganisationChanges(
  role: Role,
  current: { type: string; role: string },
  changes: { type?: string; role?: string },
): string[] {
  if (can(role, "organisation.classify")) return [];
  return ORGANISATION_CLASSIFICATION.filter(
    (field) => changes[field] !== undefined && changes[field] !== current[field],
  );
}

/**
 * Who freezes and restores versions: facilitators, and the referente of the organisation a
 * facilitator classified as the municipality. Every input is granted by facilitators only: the
 * membership's role and organisation (invitations, member changes) and the organisation's type.
 */
export function canFreezeVersions(
  member: { role: Role; organisationId: string | null },
  organisation: { id: string; type: string } | undefined,
): boolean {
  if (member.role === "facilitatore") return true;
  return (
    member.role === "referente" &&
    organisation !== undefined &&
    organisation.id === member.organisationId &&
    organisation.type === "comune"
  );
}

export const ROLE_LABELS: Record<Role, { it: string; en: string }> = {
  facilitatore: { it: "Facilitatore", en: "Facilitator" },
  referente: { it: "Referente", en: "Organisation lead" },
  redattore: { it: "Redattore", en: "Writer" },
  osservatore: { it: "Osservatore", en: "Observer" },
};
