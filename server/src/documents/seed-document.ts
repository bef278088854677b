import type { RoomKind, RoomName, WorkspaceRoom } from "@tavolo/shared";
import type { Data } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { type DocumentRequest, newDocument } from "./new-document.ts";
import type { SeedRoom } from "./seed-room.ts";

/**
 * For a new room of kind "documento": writes its initial document into the room's log, durably,
 * and returns what the room's record says about it. Called before the record exists, so nobody
 * can open the room while it is empty, and a failure leaves no room behind. Other kinds get
 * nothing seeded here and must not name a document template.
 */
export async function seedDocumentRoom(
  seedRoom: SeedRoom,
  data: Readonly<Data>,
  room: RoomName,
  input: DocumentRequest & { kind: RoomKind },
): Promise<Partial<Pick<WorkspaceRoom, "documentKey" | "templateId">>> {
  if (input.kind !== "documento") {
    if (input.templateId) throw new ApiError(400, "templateId: only documents have a template");
    return {};
  }
  const document = newDocument(data, input);
  await seedRoom(room, document.update);
  return { documentKey: document.documentKey, templateId: document.template.id };
}
