import { applyTemplate, BLANK_TEMPLATE, findBoardTemplate } from "@tavolo/shared";
import type { RoomEditor } from "../procedures/deps.ts";

/**
 * Lays the chosen template out on a new board before the API answers, through the room's normal
 * durable path, so the first person to open it finds the frames already there.
 */
export async function seedBoard(
  rooms: RoomEditor,
  boardId: string,
  templateId: string | null,
): Promise<void> {
  const template = (templateId && findBoardTemplate(templateId)) || BLANK_TEMPLATE;
  await rooms.editRooms([boardId], ([board]) => {
    if (board) applyTemplate(board, template);
  });
}
