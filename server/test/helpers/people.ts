import type { Invitation, Organisation } from "@tavolo/shared";
import { ApiClient } from "@tavolo/shared";
import type { Workspace } from "./workspace.ts";

/** Adds a partner organisation to the workspace's procedure. */
export function addOrganisation(
  workspace: Workspace,
  name = "Cooperativa sociale La Lanterna di Diogene",
) {
  return workspace.api.ok<Organisation>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/organisations`,
    {
      name,
      type: "cooperativa_sociale",
      fiscalCode: "01234567890",
      role: "partner",
    },
  );
}

/** Invites someone with `role` and has them accept as `name`; returns their own API client. */
export async function invitePerson(
  workspace: Workspace,
  role: Invitation["role"],
  name: string,
  organisationId: string | null = null,
): Promise<{ api: ApiClient; personId: string }> {
  const invitation = await workspace.api.ok<Invitation>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/invitations`,
    { role, organisationId },
  );
  const api = new ApiClient(workspace.api.baseUrl);
  await api.ok("POST", `/api/invitations/${invitation.token}/accept`, { displayName: name });
  const me = await api.ok<{ id: string }>("GET", "/api/session");
  return { api, personId: me.id };
}
