import { z } from "zod";
import { nameSchema, WebLinkSchema } from "../validation/text-schemas.ts";

export const AttendanceSchema = z.object({
  personId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64).nullable(),
});

const MeetingFields = z.object({
  title: nameSchema(2, 200),
  date: z.iso.datetime({ offset: true, message: "must be an ISO date and time" }),
  place: z.string().trim().max(300),
  link: WebLinkSchema,
  agenda: z.string().trim().max(5000),
  attendance: z.array(AttendanceSchema).max(500),
  roomIds: z.array(z.string().min(1).max(128)).max(100),
});

export const CreateMeetingSchema = MeetingFields.extend({
  place: MeetingFields.shape.place.default(""),
  link: MeetingFields.shape.link.default(""),
  agenda: MeetingFields.shape.agenda.default(""),
  attendance: MeetingFields.shape.attendance.default([]),
  roomIds: MeetingFields.shape.roomIds.default([]),
});

export const UpdateMeetingSchema = MeetingFields.partial().refine(
  (value) => Object.keys(value).length > 0,
  "nothing to update",
);

/** A session (seduta, incontro) of the co-design table. */
export interface Meeting {
  id: string;
  procedureId: string;
  title: string;
  date: string;
  place: string;
  link: string;
  agenda: string;
  attendance: z.infer<typeof AttendanceSchema>[];
  roomIds: string[];
  createdAt: string;
}
