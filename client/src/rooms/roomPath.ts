import type { WorkspaceRoom } from "@tavolo/shared";
import { boardPath } from "../boards/boardApi.ts";

/** Where a room of the procedure opens: every kind has its page inside the procedure. */
export function roomPath(room: Pick<WorkspaceRoom, "id" | "kind" | "procedureId">): string {
  switch (room.kind) {
    case "nota":
      return `/procedure/${room.procedureId}/nota/${room.id}`;
    case "lavagna":
      return boardPath(room);
    case "documento":
      return `/procedure/${room.procedureId}/documento/${room.id}`;
  }
}
