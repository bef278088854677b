import { ApiClient, type Role, type VoteSession, type WorkspaceRoom } from "@tavolo/shared";

const client = new ApiClient("");

/** What `GET /api/boards/:boardId` answers: the board, who is looking, the rooms to open. */
export interface BoardInfo {
  board: WorkspaceRoom;
  me: { personId: string; displayName: string; role: Role; organisationId: string | null };
  rooms: { board: string; control: string; private: string | null; organisation: string | null };
  organisations: Record<string, string>;
}

const apiPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

/** Where a board opens: inside its procedure. */
export function boardPath(board: Pick<WorkspaceRoom, "id" | "procedureId">): string {
  return `/procedure/${board.procedureId}/lavagna/${board.id}`;
}

export const boardApi = {
  /** Creates a board laid out with a template (see BOARD_TEMPLATES). */
  create: (procedureId: string, title: string, boardTemplateId: string) =>
    client.ok<WorkspaceRoom>("POST", `/api/procedures/${encodeURIComponent(procedureId)}/rooms`, {
      kind: "lavagna",
      title,
      boardTemplateId,
    }),
  info: (boardId: string) => client.ok<BoardInfo>("GET", apiPath(boardId)),
  /** Facilitators: reveals every hidden note (the server alone reads the private rooms). */
  reveal: (boardId: string) =>
    client.ok<{ revealed: string[] }>("POST", `${apiPath(boardId)}/reveal`),
  /** Facilitators: locks or unlocks the board; the server makes it read-only for the others. */
  lock: (boardId: string, locked: boolean) =>
    client.ok<{ locked: boolean }>("POST", `${apiPath(boardId)}/lock`, { locked }),
  /** Facilitators: closes the open vote; the server counts the ballots. */
  closeVote: (boardId: string) =>
    client.ok<VoteSession>("POST", `${apiPath(boardId)}/votes/close`, {}),
};
