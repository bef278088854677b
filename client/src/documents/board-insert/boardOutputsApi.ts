import { ApiClient, type BoardOutputsResponse } from "@tavolo/shared";

const client = new ApiClient("");

/** The outputs of one board of the procedure, read by the server from the board as it is now. */
export function fetchBoardOutputs(procedureId: string, boardId: string) {
  const path = `/api/procedures/${encodeURIComponent(procedureId)}/boards/${encodeURIComponent(boardId)}/outputs`;
  return client.ok<BoardOutputsResponse>("GET", path);
}
