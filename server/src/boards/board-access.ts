import {
  type BoardRoom,
  type BoardRoomAccess,
  boardRoomAccess,
  parseBoardRoom,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { Data } from "../db/database.ts";
import { membershipOf } from "../procedures/access.ts";

/** What the server decided for one person on one room of a board family. */
export type BoardRoomDecision =
  | {
      kind: "allowed";
      board: WorkspaceRoom;
      room: BoardRoom;
      access: Exclude<BoardRoomAccess, "refuse">;
    }
  | { kind: "refused"; status: 403 | 404; error: string };

/** The board record of a family's room name: the workspace room of kind "lavagna". */
export function boardRecord(data: Readonly<Data>, boardId: string): WorkspaceRoom | null {
  const record = data.workspaceRooms[boardId];
  return record?.kind === "lavagna" ? record : null;
}

/**
 * Whether `name` is a side room of a board (`<boardId>:control`, `:private:<person>`,
 * `:org:<organisation>`): any name with the separator is treated as one, so a name that does
 * not parse is refused instead of opening as a plain room.
 */
export function isBoardSideRoom(name: string): boolean {
  return name.includes(":");
}

/**
 * The access rule of board rooms (see `boardRoomAccess` in @tavolo/shared): the board must exist
 * and the person be a live member of its procedure, then the family's table decides.
 */
export function decideBoardRoom(
  data: Readonly<Data>,
  name: string,
  personId: string,
  boardLocked = false,
): BoardRoomDecision {
  const room = parseBoardRoom(name);
  if (!room) return { kind: "refused", status: 404, error: "room: not a board room" };
  const board = boardRecord(data, room.boardId);
  if (!board) return { kind: "refused", status: 404, error: "board: not found" };
  const membership = membershipOf(data, board.procedureId, personId);
  if (!membership) {
    return {
      kind: "refused",
      status: 403,
      error: "you are not a member of this board's procedure",
    };
  }
  const member = { personId, role: membership.role, organisationId: membership.organisationId };
  const access = boardRoomAccess(room, member, boardLocked);
  if (access === "refuse") {
    return { kind: "refused", status: 403, error: "this board room belongs to someone else" };
  }
  return { kind: "allowed", board, room, access };
}

/** Whether a board is locked now (its control room's board lock), for the access check. */
export type BoardLockReader = (boardId: string) => Promise<boolean>;

/**
 * `decideBoardRoom` with the board lock: a locked board room opens read-only for everyone but
 * facilitators, on the server, not only in honest clients. The lock is read (loading the
 * control room if needed) only when it could change the answer.
 */
export async function decideBoardRoomLocked(
  data: Readonly<Data>,
  name: string,
  personId: string,
  isLocked: BoardLockReader | undefined,
): Promise<BoardRoomDecision> {
  const decision = decideBoardRoom(data, name, personId);
  if (!isLocked || decision.kind === "refused" || decision.room.kind !== "board") return decision;
  if (decision.access !== "write") return decision;
  if (!(await isLocked(decision.room.boardId))) return decision;
  return decideBoardRoom(data, name, personId, true);
}
