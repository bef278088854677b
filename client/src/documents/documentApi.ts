import { ApiClient, type WorkspaceRoom } from "@tavolo/shared";

const client = new ApiClient("");

/** What a new document needs: the server writes the template (and the meeting) into it. */
export interface NewDocumentRequest {
  title: string;
  templateId: string;
  documentKey: string | null;
  meetingId: string | null;
}

/** Where a document opens: inside its procedure. */
export function documentPath(room: Pick<WorkspaceRoom, "id" | "procedureId">): string {
  return `/procedure/${room.procedureId}/documento/${room.id}`;
}

export const documentApi = {
  create: (procedureId: string, request: NewDocumentRequest) =>
    client.ok<WorkspaceRoom>("POST", `/api/procedures/${encodeURIComponent(procedureId)}/rooms`, {
      kind: "documento",
      ...request,
    }),
};
