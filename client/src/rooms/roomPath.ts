import type { WorkspaceRoom } from "@tavolo/shared";

/**
 * Where a room of the procedure opens, or null while its kind has no page yet (boards and
 * documents arrive in later issues: they are listed, not linked).
 */
export function roomPath(room: Pick<WorkspaceRoom, "id" | "kind" | "procedureId">): string | null {
  switch (room.kind) {
    case "nota":
      return `/procedure/${room.procedureId}/nota/${room.id}`;
    default:
      return null;
  }
}
