import { CreateMeetingSchema, type Meeting, UpdateMeetingSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { membershipOf, requireMember } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { meetingsOf } from "./procedure-detail.ts";

/** `/api/procedures/:pid/meetings`: the sessions of the co-design table (incontri). */
export function meetingsRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  /** Attendance must name members and the procedure's organisations; links its own rooms. */
  const checkReferences = (
    data: Readonly<Data>,
    pid: string,
    input: Partial<Pick<Meeting, "attendance" | "roomIds">>,
  ) => {
    for (const [i, entry] of (input.attendance ?? []).entries()) {
      if (!membershipOf(data, pid, entry.personId)) {
        throw new ApiError(400, `attendance.${i}.personId: not a member of this procedure`);
      }
      if (entry.organisationId && data.organisations[entry.organisationId]?.procedureId !== pid) {
        throw new ApiError(
          400,
          `attendance.${i}.organisationId: not an organisation of this procedure`,
        );
      }
    }
    for (const [i, roomId] of (input.roomIds ?? []).entries()) {
      if (data.workspaceRooms[roomId]?.procedureId !== pid) {
        throw new ApiError(400, `roomIds.${i}: not a board or document of this procedure`);
      }
    }
  };

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(meetingsOf(db.data, pid));
  });

  route.post("/", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "meeting.manage");
    const input = await readBody(c, CreateMeetingSchema);
    const meeting = await db.change((data) => {
      const { person } = requireMember(c, data, pid, "meeting.manage");
      checkReferences(data, pid, input);
      const created: Meeting = {
        id: newId(),
        procedureId: pid,
        ...input,
        createdAt: new Date().toISOString(),
      };
      data.meetings[created.id] = created;
      recordAudit(data, pid, person, "meeting.scheduled", {
        title: created.title,
        date: created.date,
      });
      return created;
    });
    return c.json(meeting, 201);
  });

  const findMeeting = (data: Readonly<Data>, pid: string, mid: string): Meeting => {
    const meeting = data.meetings[mid];
    if (!meeting || meeting.procedureId !== pid) throw new ApiError(404, "meeting: not found");
    return meeting;
  };

  route.patch("/:mid", async (c) => {
    const pid = readId(c, "pid");
    const mid = readId(c, "mid");
    requireMember(c, db.data, pid, "meeting.manage");
    findMeeting(db.data, pid, mid);
    const changes = await readBody(c, UpdateMeetingSchema);
    const meeting = await db.change((data) => {
      const { person } = requireMember(c, data, pid, "meeting.manage");
      const meeting = findMeeting(data, pid, mid);
      checkReferences(data, pid, changes);
      Object.assign(meeting, changes);
      recordAudit(data, pid, person, "meeting.updated", {
        title: meeting.title,
        fields: Object.keys(changes).join(", "),
      });
      return meeting;
    });
    return c.json(meeting);
  });

  /** A session called off: its minutes and linked rooms stay, they are the procedure's. */
  route.delete("/:mid", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "meeting.manage");
    const meeting = findMeeting(db.data, pid, readId(c, "mid"));
    await db.change((data) => {
      delete data.meetings[meeting.id];
      recordAudit(data, pid, person, "meeting.cancelled", {
        title: meeting.title,
        date: meeting.date,
      });
    });
    return c.body(null, 204);
  });

  return route;
}
