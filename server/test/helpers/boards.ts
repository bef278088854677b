import type { ApiClient, RoomToken, WorkspaceRoom } from "@tavolo/shared";
import { connectClient, type TestClient, whenSynced } from "./clients.ts";
import type { Workspace } from "./workspace.ts";

/** Creates a board ("lavagna") in the workspace's procedure, laid out with `templateId`. */
export function createBoard(workspace: Workspace, templateId: string | null = null) {
  return workspace.api.ok<WorkspaceRoom>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/rooms`,
    {
      kind: "lavagna",
      title: "Lavagna del laboratorio",
      boardTemplateId: templateId,
    },
  );
}

/** A token for one room of a board family, asked as `api`'s person. */
export async function boardToken(api: ApiClient, boardId: string, room: string) {
  const { token } = await api.ok<RoomToken>("POST", `/api/boards/${boardId}/token`, { room });
  return { token };
}

/** Connects `api`'s person to one room of a board family and waits until it is synced. */
export async function openBoardRoom(
  wsUrl: string,
  api: ApiClient,
  boardId: string,
  room: string,
  opened: TestClient[],
): Promise<TestClient> {
  const client = connectClient(wsUrl, room, await boardToken(api, boardId, room));
  opened.push(client);
  await whenSynced(client);
  return client;
}

/** Every update a client's document applied, to check a secret never reached it. */
export function recordUpdates(client: TestClient): Uint8Array[] {
  const updates: Uint8Array[] = [];
  client.doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

export function bytesContain(updates: readonly Uint8Array[], text: string): boolean {
  const needle = Buffer.from(text, "utf8");
  return updates.some((update) => Buffer.from(update).includes(needle));
}
