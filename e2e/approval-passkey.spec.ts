import { type APIResponse, expect, test } from "@playwright/test";
import type {
  DocumentVersion,
  Invitation,
  VerificationReport,
  WorkspaceRoom,
} from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { addPartner, createProcedure, newPerson, signIn } from "./people.ts";
import { shotPath } from "./shot-path.ts";
import { virtualAuthenticator } from "./virtual-authenticator.ts";

// Browsers refuse passkeys on an IP address: these pages are opened on localhost.
const port = Number(process.env.E2E_PORT ?? 3901);
test.use({ baseURL: `http://localhost:${port}` });

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

test("a referente joins with a passkey, signs in on a new device and approves a version with it", async ({
  browser,
}, testInfo) => {
  // Three browser contexts, a virtual authenticator in two, and two axe passes.
  test.setTimeout(300_000);
  const giulia = await newPerson(browser, "Giulia Rossi");
  await signIn(giulia);
  const procedure = await createProcedure(giulia, "Agenzia dell'abitare");
  const coop = await addPartner(giulia, procedure.id, "Cooperativa La Rete");
  const invitation = await json<Invitation>(
    await giulia.context.request.post(`/api/procedures/${procedure.id}/invitations`, {
      data: { role: "referente", organisationId: coop },
    }),
  );

  // The phone: the invitation asks a name, then the browser makes the passkey.
  const phone = await newPerson(browser, "Marco Bianchi");
  const phoneKeys = await virtualAuthenticator(phone.context, phone.page);
  await phone.page.goto(`/invito/${invitation.token}`);
  await phone.page.getByRole("textbox", { name: "Nome e cognome" }).fill("Marco Bianchi");
  await phone.page.getByRole("button", { name: "Accetta e crea la passkey" }).click();
  await expect(phone.page.getByText(/Hai creato la passkey/)).toBeVisible();

  // The facilitator freezes the proposal and opens the approval round.
  const room = await json<WorkspaceRoom>(
    await giulia.context.request.post(`/api/procedures/${procedure.id}/rooms`, {
      data: { kind: "documento", title: "Proposta progettuale", templateId: "proposta-art55" },
    }),
  );
  const version = await json<DocumentVersion>(
    await giulia.context.request.post(`/api/rooms/${room.id}/versions`, {
      data: {
        label: "Testo per la firma",
        openApproval: true,
        reason: "Il tavolo approva lo schema: le sezioni si scrivono dopo",
      },
    }),
  );
  const versionsPath = `/procedure/${procedure.id}/documento/${room.id}/versioni`;

  // A new device holding the same passkey (as a synced one arrives): sign in, then approve.
  const [credential] = await phoneKeys.credentials();
  const laptop = await newPerson(browser, "Marco Bianchi");
  const laptopKeys = await virtualAuthenticator(laptop.context, laptop.page);
  if (credential) await laptopKeys.add(credential);
  await laptop.page.goto("/");
  await laptop.page.getByRole("button", { name: "Accedi con passkey" }).click();
  await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");
  await laptop.page.goto(versionsPath);

  // Not confirmed on the device: nothing is sent, and the page says why.
  await laptopKeys.verifies(false);
  const approve = laptop.page.getByRole("button", { name: "Approva questa versione" });
  await approve.click();
  await expect(laptop.page.getByText(/Conferma con la passkey annullata/)).toBeFocused();
  await expect(laptop.page.getByTestId("approval-tally")).toContainText("Non ha ancora risposto");

  await laptopKeys.verifies(true);
  await approve.focus();
  await laptop.page.keyboard.press("Enter");
  await expect(
    laptop.page.getByRole("status").filter({ hasText: "Risposta confermata con la tua passkey" }),
  ).toBeVisible();
  await expect(laptop.page.getByTestId("approval-tally")).toContainText(
    "Cooperativa La Rete: Ha approvato (firma valida, passkey)",
  );
  await expectNoSeriousA11yViolations(laptop.page, "the approval confirmed with a passkey");
  await laptop.page.screenshot({ path: shotPath(testInfo, "approval-passkey"), fullPage: true });

  // The facilitator's verification re-checks the signature against the impronta.
  const report = await json<VerificationReport>(
    await giulia.context.request.get(`/api/procedures/${procedure.id}/versions/verify`),
  );
  expect(report.signatures[version.id]).toEqual([
    expect.objectContaining({ personName: "Marco Bianchi", method: "passkey", status: "valid" }),
  ]);
  await giulia.page.goto(`/procedure/${procedure.id}/verifica`);
  await expect(giulia.page.getByTestId("approval-signatures")).toContainText(
    "Cooperativa La Rete: firma valida, passkey",
  );
  await expectNoSeriousA11yViolations(giulia.page, "the verification with approval signatures");
  await giulia.page.screenshot({ path: shotPath(testInfo, "verifica-firme"), fullPage: true });
});
