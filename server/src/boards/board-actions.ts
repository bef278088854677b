import {
  ballotRoomsToCount,
  boardControlRoom,
  boardPrivateRoom,
  closeVoteFromBallots,
  currentVote,
  readVote,
  revealAll,
  type VoteSession,
} from "@tavolo/shared";
import type { Data } from "../db/database.ts";
import type { RoomEditor } from "../procedures/deps.ts";

/** The procedure's live members, as the board rules need them. */
export function boardMembers(data: Readonly<Data>, procedureId: string) {
  return data.memberships
    .filter((m) => m.procedureId === procedureId && m.revokedAt === null)
    .map((m) => ({ personId: m.personId, organisationId: m.organisationId, role: m.role }));
}

/**
 * Reveals every member's private notes: loads each writer's private room (only the server may
 * open them all), copies their drafts onto the placeholders and turns private writing off.
 * Returns the ids revealed.
 */
export async function revealBoard(
  rooms: RoomEditor,
  data: Readonly<Data>,
  board: { id: string; procedureId: string },
  now: number,
): Promise<string[]> {
  const writers = boardMembers(data, board.procedureId).filter((m) => m.role !== "osservatore");
  const names = [
    board.id,
    boardControlRoom(board.id),
    ...writers.map((m) => boardPrivateRoom(board.id, m.personId)),
  ];
  return rooms.editRooms(names, ([boardDoc, control, ...privateDocs]) => {
    if (!boardDoc || !control) throw new Error("board rooms did not load");
    const privateRooms = writers.flatMap((m, index) => {
      const doc = privateDocs[index];
      return doc ? [{ personId: m.personId, doc }] : [];
    });
    return revealAll(boardDoc, control, privateRooms, now);
  });
}

/**
 * Closes a vote (the one open, unless `voteId` names another): reads the session to know whose
 * ballots count, loads those ballot rooms, counts them and writes the totals into the control
 * room. Null when there is no such vote.
 */
export async function closeBoardVote(
  rooms: RoomEditor,
  data: Readonly<Data>,
  board: { id: string; procedureId: string },
  voteId: string | null,
  now: number,
): Promise<VoteSession | null> {
  const control = boardControlRoom(board.id);
  const session = await rooms.editRooms([control], ([doc]) => {
    if (!doc) return null;
    return voteId ? readVote(doc, voteId) : currentVote(doc);
  });
  if (!session) return null;
  const ballotRooms = ballotRoomsToCount(board.id, session, boardMembers(data, board.procedureId));
  return rooms.editRooms(
    [board.id, control, ...ballotRooms],
    ([boardDoc, controlDoc, ...ballots]) => {
      if (!boardDoc || !controlDoc) throw new Error("board rooms did not load");
      return closeVoteFromBallots(controlDoc, boardDoc, ballots, session.id, now);
    },
  );
}
