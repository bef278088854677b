import type { Procedure, RoomToken, WorkspaceRoom } from "@tavolo/shared";
import { ApiClient } from "@tavolo/shared";

export interface ProvisionedRoom {
  id: string;
  /** Query parameters that authenticate a Node client on this room. */
  params: { token: string };
}

/** A facilitator with a session and a procedure, able to create rooms and tokens for them. */
export class Workspace {
  private constructor(
    readonly api: ApiClient,
    readonly procedure: Procedure,
  ) {}

  static async create(baseUrl: string, name = "Facilitatrice"): Promise<Workspace> {
    const api = new ApiClient(baseUrl);
    await api.ok("POST", "/api/session", { displayName: name });
    const procedure = await api.ok<Procedure>("POST", "/api/procedures", {
      title: "Housing sociale Mentana",
      amministrazione: "Comune di Mentana",
    });
    return new Workspace(api, procedure);
  }

  async room(title = "Nota di prova"): Promise<ProvisionedRoom> {
    const room = await this.api.ok<WorkspaceRoom>(
      "POST",
      `/api/procedures/${this.procedure.id}/rooms`,
      {
        kind: "nota",
        title,
      },
    );
    return { id: room.id, params: await this.tokenParams(room.id) };
  }

  async tokenParams(roomId: string): Promise<{ token: string }> {
    const { token } = await this.api.ok<RoomToken>("POST", `/api/rooms/${roomId}/token`);
    return { token };
  }
}
