import { z } from "zod";
import { can, type Role } from "../domain/roles.ts";

/**
 * Where a section of a document stands in its sign-off: written (`in-scrittura`), signed off by
 * the organisation that owns it (`pronta`), or closed by a facilitator (`chiusa`: from then on
 * only suggestions, which a facilitator accepts). Reopening takes it back to `in-scrittura`.
 */
export const SECTION_STATUSES = ["in-scrittura", "pronta", "chiusa"] as const;
export const SectionStatusSchema = z.enum(SECTION_STATUSES);
export type SectionStatus = z.infer<typeof SectionStatusSchema>;

/** A section nobody has signed off or closed yet. */
export const DEFAULT_SECTION_STATUS: SectionStatus = "in-scrittura";

/** The connection's or session's person as the sign-off rules see them: from the membership. */
export interface SectionActor {
  role: Role;
  organisationId: string | null;
}

/** One section's sign-off as stored: its state, who last changed it and who signed it off. */
export const SectionStatusRecordSchema = z.object({
  status: SectionStatusSchema,
  changedBy: z.string(),
  changedAt: z.string(),
  /** The person who marked it `pronta`, kept while it is `pronta` or `chiusa`. */
  signedOffBy: z.string().nullable(),
  signedOffAt: z.string().nullable(),
});
export type SectionStatusRecord = z.infer<typeof SectionStatusRecordSchema>;

/** The body of a sign-off request: the state the section should move to. */
export const SectionStatusChangeSchema = z.object({ status: SectionStatusSchema });
export type SectionStatusChange = z.infer<typeof SectionStatusChangeSchema>;

/** A person of the organisation a section is assigned to, who may write in the room. */
export function isSectionOwner(
  actor: SectionActor,
  assignedOrganisationId: string | null,
): boolean {
  return (
    assignedOrganisationId !== null &&
    actor.organisationId === assignedOrganisationId &&
    can(actor.role, "room.write")
  );
}

/**
 * Whether `actor` may move a section from `from` to `to`. The owner signs off (or, for a
 * section nobody owns, a facilitator) and may withdraw the sign-off; only a facilitator closes a
 * signed-off section or reopens one. A move to the same state is no transition.
 */
export function canTransition(
  from: SectionStatus,
  to: SectionStatus,
  actor: SectionActor,
  assignedOrganisationId: string | null,
): boolean {
  const facilitator = actor.role === "facilitatore";
  const owner = isSectionOwner(actor, assignedOrganisationId);
  if (from === "in-scrittura" && to === "pronta") {
    return owner || (facilitator && assignedOrganisationId === null);
  }
  if (from === "pronta" && to === "in-scrittura") return owner || facilitator;
  if (from === "pronta" && to === "chiusa") return facilitator;
  if (from === "chiusa" && to === "in-scrittura") return facilitator;
  return false;
}

/** What a person may do in a section's text. */
export interface SectionRights {
  /** Change the text directly. */
  writeDirectly: boolean;
  /** Propose changes as suggestions. */
  suggest: boolean;
  /** Accept or reject others' suggestions. */
  review: boolean;
}

/**
 * What `actor` may do in a section: its owner's people and facilitators write an open section
 * directly (anyone who may write the room, when nobody owns it), the others suggest. A closed
 * section is written by nobody directly: everyone suggests and only facilitators review.
 */
export function sectionRights(
  status: SectionStatus,
  assignedOrganisationId: string | null,
  actor: SectionActor,
): SectionRights {
  if (!can(actor.role, "room.write"))
    return { writeDirectly: false, suggest: false, review: false };
  const facilitator = actor.role === "facilitatore";
  if (status === "chiusa") return { writeDirectly: false, suggest: true, review: facilitator };
  const direct =
    facilitator || assignedOrganisationId === null || isSectionOwner(actor, assignedOrganisationId);
  return { writeDirectly: direct, suggest: true, review: direct };
}

/** Sections that count as ready for a freeze or an approval round. */
export function isSectionReady(status: SectionStatus): boolean {
  return status === "pronta" || status === "chiusa";
}

/** A person as the sign-off matrix names them. */
export interface SectionStatusPerson {
  personId: string;
  name: string;
}

/** One row of a document's sign-off matrix (`GET /api/rooms/:room/sections`). */
export interface SectionSignOff {
  sectionKey: string;
  title: string;
  assignedOrganisationId: string | null;
  status: SectionStatus;
  /** Who marked it `pronta`, and when; null while it is `in-scrittura`. */
  signedOffBy: SectionStatusPerson | null;
  signedOffAt: string | null;
  /** Who changed its state last, and when; null if nobody has yet. */
  changedBy: SectionStatusPerson | null;
  changedAt: string | null;
}
