import {
  boardControlRoom,
  boardOrganisationRoom,
  boardPrivateRoom,
  type Role,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { Data, MembershipRecord, PersonRecord } from "../db/database.ts";

/** What a board page needs: the board, who is looking, and the names of the rooms to open. */
export interface BoardInfo {
  board: WorkspaceRoom;
  me: {
    personId: string;
    displayName: string;
    role: Role;
    organisationId: string | null;
  };
  rooms: {
    board: string;
    control: string;
    /** Null for observers, who have no private room. */
    private: string | null;
    organisation: string | null;
  };
  /** Organisation id -> name, for labels, presence and the CSV export. */
  organisations: Record<string, string>;
}

export function boardInfo(
  data: Readonly<Data>,
  board: WorkspaceRoom,
  person: PersonRecord,
  membership: MembershipRecord,
): BoardInfo {
  const observer = membership.role === "osservatore";
  const organisationId = membership.organisationId ?? null;
  const organisations: Record<string, string> = {};
  for (const organisation of Object.values(data.organisations)) {
    if (organisation.procedureId === board.procedureId) {
      organisations[organisation.id] = organisation.name;
    }
  }
  return {
    board,
    me: {
      personId: person.id,
      displayName: person.displayName,
      role: membership.role,
      organisationId,
    },
    rooms: {
      board: board.id,
      control: boardControlRoom(board.id),
      private: observer ? null : boardPrivateRoom(board.id, person.id),
      organisation:
        observer || !organisationId ? null : boardOrganisationRoom(board.id, organisationId),
    },
    organisations,
  };
}
