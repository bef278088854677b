import {
  availableOutputs,
  type BoardExtract,
  boardControlRoom,
  readBoard,
  readVotes,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type * as Y from "yjs";
import type { Data } from "../db/database.ts";
import type { RoomEditor } from "../procedures/deps.ts";

/** Organisation id -> name, from the procedure's partners (boards store only the ids). */
export function organisationNames(data: Readonly<Data>, procedureId: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const organisation of Object.values(data.organisations)) {
    if (organisation.procedureId === procedureId) names.set(organisation.id, organisation.name);
  }
  return names;
}

/** The rooms a board's outputs are read from: the board (notes) and its control room (votes). */
export function outputRooms(boardId: string): [string, string] {
  return [boardId, boardControlRoom(boardId)];
}

/** What `availableOutputs` needs from a board's two rooms. */
export function boardState(boardDoc: Y.Doc, control: Y.Doc) {
  return { snapshot: readBoard(boardDoc), votes: readVotes(control) };
}

/**
 * The outputs a document may take from a board, read from the board's rooms on the server as
 * they are now: private drafts live in rooms this never opens, and hidden cards are left out.
 */
export function readBoardOutputs(
  rooms: RoomEditor,
  data: Readonly<Data>,
  board: WorkspaceRoom,
): Promise<BoardExtract[]> {
  return rooms.editRooms(outputRooms(board.id), ([boardDoc, control]) => {
    if (!boardDoc || !control) throw new Error("board rooms did not load");
    const { snapshot, votes } = boardState(boardDoc, control);
    return availableOutputs(snapshot, votes, organisationNames(data, board.procedureId));
  });
}
