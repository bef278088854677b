import {
  DEFAULT_SECTION_STATUS,
  type SectionStatus,
  type SectionStatusRecord,
} from "@tavolo/shared";
import type { Data, PersonRecord } from "../db/database.ts";

/**
 * The sign-off of a document's sections lives in the metadata (`sectionStatuses`), not in the
 * Y.Doc: it is a decision of people with rights, recorded with its audit entry in one step, and
 * a client can no more write it than it can write a membership. The room rules read it here
 * (closed-section.ts); a restored or frozen text does not carry it.
 */
export function sectionStatusesOf(
  data: Readonly<Data>,
  roomId: string,
): Readonly<Record<string, SectionStatusRecord>> {
  return data.sectionStatuses[roomId] ?? {};
}

/** A section's state: `in-scrittura` until someone signs it off. */
export function sectionStatusOf(
  data: Readonly<Data>,
  roomId: string,
  sectionKey: string,
): SectionStatus {
  return sectionStatusesOf(data, roomId)[sectionKey]?.status ?? DEFAULT_SECTION_STATUS;
}

/** Each section with a recorded state, and its state (the others are `in-scrittura`). */
export function sectionStatusMap(
  data: Readonly<Data>,
  roomId: string,
): Record<string, SectionStatus> {
  const records = Object.entries(sectionStatusesOf(data, roomId));
  return Object.fromEntries(records.map(([key, record]) => [key, record.status]));
}

/**
 * Records the move of a section to `to` by `person` (checked by the caller in the same step).
 * Signing off names its author; withdrawing or reopening forgets them, closing keeps them.
 */
export function writeSectionStatus(
  data: Data,
  roomId: string,
  sectionKey: string,
  to: SectionStatus,
  person: PersonRecord,
): SectionStatusRecord {
  const at = new Date().toISOString();
  const previous = data.sectionStatuses[roomId]?.[sectionKey];
  const signedOff =
    to === "pronta"
      ? { signedOffBy: person.id, signedOffAt: at }
      : to === "chiusa"
        ? {
            signedOffBy: previous?.signedOffBy ?? null,
            signedOffAt: previous?.signedOffAt ?? null,
          }
        : { signedOffBy: null, signedOffAt: null };
  const record: SectionStatusRecord = {
    status: to,
    changedBy: person.id,
    changedAt: at,
    ...signedOff,
  };
  const room = data.sectionStatuses[roomId];
  if (room) room[sectionKey] = record;
  else data.sectionStatuses[roomId] = { [sectionKey]: record };
  return record;
}
