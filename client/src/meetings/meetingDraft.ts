import { CreateMeetingSchema, type Meeting, type Member, type Organisation } from "@tavolo/shared";
import type { TFunction } from "i18next";
import type { MeetingInput } from "../api/api.ts";
import { toDateAndTime, toIsoWithOffset } from "../format/dates.ts";
import { type FieldErrors, issuesToFieldErrors } from "../forms/fieldErrors.ts";

/** A session of the table as its form holds it. */
export interface MeetingDraft {
  title: string;
  date: string;
  time: string;
  place: string;
  link: string;
  agenda: string;
  /** Ids of the people present. */
  present: string[];
  roomIds: string[];
}

export function emptyMeetingDraft(): MeetingDraft {
  return {
    title: "",
    date: "",
    time: "",
    place: "",
    link: "",
    agenda: "",
    present: [],
    roomIds: [],
  };
}

export function meetingDraftOf(meeting: Meeting): MeetingDraft {
  return {
    title: meeting.title,
    ...toDateAndTime(meeting.date),
    place: meeting.place,
    link: meeting.link,
    agenda: meeting.agenda,
    present: meeting.attendance.map((entry) => entry.personId),
    roomIds: meeting.roomIds,
  };
}

export type MeetingCheck = { ok: true; value: MeetingInput } | { ok: false; errors: FieldErrors };

/**
 * Turns the form into what the API takes: date and time into one ISO instant with this
 * browser's offset, each person present with the organisation they act for.
 */
export function checkMeeting(
  draft: MeetingDraft,
  members: readonly Member[],
  t: TFunction,
): MeetingCheck {
  const when = toIsoWithOffset(draft.date, draft.time);
  const whenErrors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) whenErrors.date = t("meetings.errors.date");
  if (!/^\d{2}:\d{2}$/.test(draft.time)) whenErrors.time = t("meetings.errors.time");
  if (!when && Object.keys(whenErrors).length === 0) whenErrors.date = t("meetings.errors.date");
  const input = {
    title: draft.title,
    date: when ?? "",
    place: draft.place,
    link: draft.link.trim(),
    agenda: draft.agenda,
    attendance: members
      .filter((member) => draft.present.includes(member.personId))
      .map((member) => ({ personId: member.personId, organisationId: member.organisationId })),
    roomIds: draft.roomIds,
  };
  const parsed = CreateMeetingSchema.safeParse(input, { reportInput: true });
  const schemaErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error, t);
  const { date: _ignored, ...otherErrors } = schemaErrors;
  const errors = { ...otherErrors, ...whenErrors };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}

export interface MemberGroup {
  /** Null for the people who act for no organisation. */
  organisation: Organisation | null;
  members: Member[];
}

/** The people of a procedure by the organisation they act for; those with none come last. */
export function groupByOrganisation(
  members: readonly Member[],
  organisations: readonly Organisation[],
): MemberGroup[] {
  const groups: MemberGroup[] = organisations.map((organisation) => ({
    organisation,
    members: members.filter((member) => member.organisationId === organisation.id),
  }));
  const known = new Set(organisations.map((organisation) => organisation.id));
  const unaffiliated = members.filter(
    (member) => member.organisationId === null || !known.has(member.organisationId),
  );
  return [...groups, { organisation: null, members: unaffiliated }].filter(
    (group) => group.members.length > 0,
  );
}
