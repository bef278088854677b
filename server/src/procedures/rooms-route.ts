import { CreateRoomSchema, type RoomToken, type WorkspaceRoom } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import { seedBoard } from "../boards/seed-board.ts";
import type { Data } from "../db/database.ts";
import { seedDocumentRoom } from "../documents/seed-document.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember, requirePerson } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { roomsOf } from "./procedure-detail.ts";

/** `/api/procedures/:pid/rooms`: the procedure's synced notes, boards and documents. */
export function procedureRoomsRoute({ db, rooms, seedRoom }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(roomsOf(db.data, pid));
  });

  route.post("/", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "room.create");
    const { boardTemplateId, ...input } = await readBody(c, CreateRoomSchema);
    const checkMeeting = (data: Readonly<Data>) => {
      if (input.meetingId && data.meetings[input.meetingId]?.procedureId !== pid) {
        throw new ApiError(400, "meetingId: not a meeting of this procedure");
      }
    };
    checkMeeting(db.data);
    const id = newId();
    const document = await seedDocumentRoom(seedRoom, db.data, id, input);
    const room = await db.change((data) => {
      // Again after the awaits, in the step that records the room (a seeded room nobody
      // records stays unnamed and unreachable).
      const { person } = requireMember(c, data, pid, "room.create");
      checkMeeting(data);
      const created: WorkspaceRoom = {
        id,
        procedureId: pid,
        ...input,
        ...document,
        createdAt: new Date().toISOString(),
        createdBy: person.id,
      };
      data.workspaceRooms[created.id] = created;
      if (created.meetingId) data.meetings[created.meetingId]?.roomIds.push(created.id);
      recordAudit(data, pid, person, "room.created", { kind: created.kind, title: created.title });
      return created;
    });
    if (room.kind === "lavagna") await seedBoard(rooms, room.id, boardTemplateId);
    return c.json(room, 201);
  });

  return route;
}

/** `/api/rooms/:room`: one room's record, and short-lived sync tokens for scripts. */
export function roomsRoute({ db, tokens }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", async (c, next) => {
    requirePerson(c);
    await next();
  });
  const find = (id: string): WorkspaceRoom => {
    const room = db.data.workspaceRooms[id];
    if (!room) throw new ApiError(404, "room: not found");
    return room;
  };

  route.get("/:room", (c) => {
    const room = find(readId(c, "room"));
    const { membership } = requireMember(c, db.data, room.procedureId);
    return c.json({ room, readOnly: membership.role === "osservatore" });
  });

  route.post("/:room/token", (c) => {
    const room = find(readId(c, "room"));
    const { person } = requireMember(c, db.data, room.procedureId);
    const { token, expiresAt } = tokens.issue(person.id, room.id);
    const body: RoomToken = { token, room: room.id, expiresAt: expiresAt.toISOString() };
    return c.json(body, 201);
  });

  return route;
}
