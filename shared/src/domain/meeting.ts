import { z } from "zod";

export const AttendanceSchema = z.object({
  personId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64).nullable(),
});

export const CreateMeetingSchema = z.object({
  title: z.string().trim().min(2, "at least 2 characters").max(200),
  date: z.iso.datetime({ offset: true, message: "must be an ISO date and time" }),
  place: z.string().trim().max(300).default(""),
  link: z.union([z.url({ message: "must be a URL" }), z.literal("")]).default(""),
  agenda: z.string().trim().max(5000).default(""),
  attendance: z.array(AttendanceSchema).max(500).default([]),
  roomIds: z.array(z.string().min(1).max(128)).max(100).default([]),
});
export const UpdateMeetingSchema = CreateMeetingSchema.partial().refine(
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
