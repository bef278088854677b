import type { Invitation } from "@tavolo/shared";
import { CookieBrowser } from "./oidc-browser.ts";
import { OidcFlow } from "./oidc-flow.ts";
import { addOrganisation } from "./people.ts";
import { createProposal, freeze, INCOMPLETE_REASON } from "./versions.ts";
import { Workspace } from "./workspace.ts";

/**
 * A procedure on `app` whose partner "APS Quartieri Vivi" has as referente `account`, who joined
 * by signing in at the provider (no passkey), and a version open for approval.
 */
export async function oidcReferente(app: string, account: string) {
  const workspace = await Workspace.create(app, "Giulia Rossi");
  const organisation = await addOrganisation(workspace, "APS Quartieri Vivi");
  const invited = await workspace.api.ok<Invitation>(
    "POST",
    `/api/procedures/${workspace.procedure.id}/invitations`,
    { role: "referente", organisationId: organisation.id },
  );
  const flow = new OidcFlow(new CookieBrowser(), app);
  await flow.signIn(account, { invitation: invited.token });
  const room = await createProposal(workspace);
  const version = await freeze(workspace, room.id, {
    label: "Testo per l'approvazione",
    openApproval: true,
    reason: INCOMPLETE_REASON,
  });
  const versionsPage = `/procedure/${workspace.procedure.id}/documento/${room.id}/versioni`;
  return { workspace, organisation, flow, version, versionsPage };
}
