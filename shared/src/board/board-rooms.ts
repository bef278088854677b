import type { Role } from "../domain/roles.ts";
import { RoomNameSchema } from "../sync/room-name.ts";

/**
 * A board is a family of rooms sharing the board's id (its workspace room id). The server
 * authorises each by its kind, looking up the board's record for the procedure:
 *
 * | room                          | who may open it                      | who may write   |
 * |-------------------------------|--------------------------------------|-----------------|
 * | `<boardId>`                   | members of the procedure             | non-observers   |
 * | `<boardId>:control`           | members of the procedure             | facilitators    |
 * | `<boardId>:private:<person>`  | that person only (not observers)     | that person     |
 * | `<boardId>:org:<organisation>`| members of that organisation only    | non-observers   |
 *
 * The private room holds the person's hidden drafts and ballots; the organisation room holds an
 * organisation's shared ballot when a vote counts per organisation. Nobody else — facilitators
 * included — may open them: that is what keeps unrevealed text and open ballots unread.
 */
export type BoardRoom =
  | { kind: "board"; boardId: string }
  | { kind: "control"; boardId: string }
  | { kind: "private"; boardId: string; personId: string }
  | { kind: "organisation"; boardId: string; organisationId: string };

const SEPARATOR = ":";

/** Ids Tavolo generates are base64url: they never hold the separator, so names parse back. */
function part(id: string): string {
  if (id.length === 0 || id.includes(SEPARATOR)) {
    throw new Error(`not usable in a board room name: ${JSON.stringify(id)}`);
  }
  return id;
}

export function boardControlRoom(boardId: string): string {
  return `${part(boardId)}:control`;
}

export function boardPrivateRoom(boardId: string, personId: string): string {
  return `${part(boardId)}:private:${part(personId)}`;
}

export function boardOrganisationRoom(boardId: string, organisationId: string): string {
  return `${part(boardId)}:org:${part(organisationId)}`;
}

/** The name of a room of a board family. */
export function boardRoomName(room: BoardRoom): string {
  switch (room.kind) {
    case "board":
      return part(room.boardId);
    case "control":
      return boardControlRoom(room.boardId);
    case "private":
      return boardPrivateRoom(room.boardId, room.personId);
    case "organisation":
      return boardOrganisationRoom(room.boardId, room.organisationId);
  }
}

/**
 * What a room name refers to, for the server's access check: every name with a separator must
 * parse as one of the side rooms or it is refused (null), never treated as a plain room.
 */
export function parseBoardRoom(name: string): BoardRoom | null {
  if (!RoomNameSchema.safeParse(name).success) return null;
  const [boardId = "", kind, id, ...rest] = name.split(SEPARATOR);
  if (boardId === "" || rest.length > 0) return null;
  if (kind === undefined) return { kind: "board", boardId };
  if (kind === "control" && id === undefined) return { kind: "control", boardId };
  if (!id) return null;
  if (kind === "private") return { kind: "private", boardId, personId: id };
  if (kind === "org") return { kind: "organisation", boardId, organisationId: id };
  return null;
}

/** What the server grants on a room of a board family. */
export type BoardRoomAccess = "write" | "read" | "refuse";

/** The membership the server found for the connecting person in the board's procedure. */
export interface BoardRoomMember {
  personId: string;
  role: Role;
  organisationId: string | null;
}

/**
 * The access rule of the table above, for the server's room check (after it has verified the
 * board exists and the person is a member of its procedure). `boardLocked` is the control
 * room's board lock: when the server passes it, a locked board is read-only for all but
 * facilitators on the server too, not only in honest clients.
 */
export function boardRoomAccess(
  room: BoardRoom,
  member: BoardRoomMember,
  boardLocked = false,
): BoardRoomAccess {
  const observer = member.role === "osservatore";
  const facilitator = member.role === "facilitatore";
  switch (room.kind) {
    case "board":
      return observer || (boardLocked && !facilitator) ? "read" : "write";
    case "control":
      return facilitator ? "write" : "read";
    case "private":
      return !observer && room.personId === member.personId ? "write" : "refuse";
    case "organisation":
      return !observer && room.organisationId === member.organisationId ? "write" : "refuse";
  }
}
