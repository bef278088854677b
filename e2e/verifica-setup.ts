import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import type { DocumentVersion, Organisation, Procedure, WorkspaceRoom } from "@tavolo/shared";

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

/**
 * Through the API: a facilitator freezes a proposal, the one partner's referente approves it
 * (so it is the testo concordato), and the facilitator downloads its PDF.
 */
export async function agreedPdf(host: APIRequestContext, referente: APIRequestContext) {
  await json(await host.post("/api/session", { data: { displayName: "Giulia Rossi" } }));
  const procedure = await json<Procedure>(
    await host.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  const organisation = await json<Organisation>(
    await host.post(`${base}/organisations`, {
      data: { name: "Cooperativa La Rete", type: "cooperativa_sociale", fiscalCode: "01234567890" },
    }),
  );
  const invitation = await json<{ token: string }>(
    await host.post(`${base}/invitations`, {
      data: { role: "referente", organisationId: organisation.id },
    }),
  );
  await json(
    await referente.post(`/api/invitations/${invitation.token}/accept`, {
      data: { displayName: "Marco Bianchi" },
    }),
  );
  const room = await json<WorkspaceRoom>(
    await host.post(`${base}/rooms`, {
      data: { kind: "documento", title: "Proposta progettuale", templateId: "proposta-art55" },
    }),
  );
  const version = await json<DocumentVersion>(
    await host.post(`/api/rooms/${room.id}/versions`, {
      data: {
        label: "Testo per la firma",
        openApproval: true,
        reason: "Il tavolo approva lo schema: le sezioni si scrivono dopo",
      },
    }),
  );
  await json(
    await referente.post(`/api/versions/${version.id}/approvals`, {
      data: { decision: "approve", hash: version.hash },
    }),
  );
  const pdf = await host.get(`/api/versions/${version.id}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  const versionsPath = `/procedure/${procedure.id}/documento/${room.id}/versioni`;
  return { version, pdf: await pdf.body(), versionsPath };
}
