import { CreateMeetingSchema, type Meeting, UpdateMeetingSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
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
    pid: string,
    input: Partial<Pick<Meeting, "attendance" | "roomIds">>,
  ) => {
    for (const [i, entry] of (input.attendance ?? []).entries()) {
      if (!membershipOf(db.data, pid, entry.personId)) {
        throw new ApiError(400, `attendance.${i}.personId: not a member of this procedure`);
      }
      if (
        entry.organisationId &&
        db.data.organisations[entry.organisationId]?.procedureId !== pid
      ) {
        throw new ApiError(
          400,
          `attendance.${i}.organisationId: not an organisation of this procedure`,
        );
      }
    }
    for (const [i, roomId] of (input.roomIds ?? []).entries()) {
      if (db.data.workspaceRooms[roomId]?.procedureId !== pid) {
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
    const { person } = requireMember(c, db.data, pid, "meeting.manage");
    const input = await readBody(c, CreateMeetingSchema);
    checkReferences(pid, input);
    const meeting = await db.change((data) => {
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

  const findMeeting = (pid: string, mid: string): Meeting => {
    const meeting = db.data.meetings[mid];
    if (!meeting || meeting.procedureId !== pid) throw new ApiError(404, "meeting: not found");
    return meeting;
  };

  route.patch("/:mid", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "meeting.manage");
    const meeting = findMeeting(pid, readId(c, "mid"));
    const changes = await readBody(c, UpdateMeetingSchema);
    checkReferences(pid, changes);
    const updated = await db.change((data) => {
      const target = data.meetings[meeting.id];
      if (!target) throw new ApiError(404, "meeting: not found");
      Object.assign(target, changes);
      recordAudit(data, pid, person, "meeting.updated", {
        title: target.title,
        fields: Object.keys(changes).join(", "),
      });
      return target;
    });
    return c.json(updated);
  });

  /** A session called off: its minutes and linked rooms stay, they are the procedure's. */
  route.delete("/:mid", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "meeting.manage");
    const meeting = findMeeting(pid, readId(c, "mid"));
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
