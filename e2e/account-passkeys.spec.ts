import { expect, test } from "@playwright/test";
import type { Invitation } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { createProcedure, newPerson, signIn } from "./people.ts";
import { shotPath } from "./shot-path.ts";
import { virtualAuthenticator } from "./virtual-authenticator.ts";

// Browsers refuse passkeys on an IP address: these pages are opened on localhost.
const port = Number(process.env.E2E_PORT ?? 3901);
test.use({ baseURL: `http://localhost:${port}` });

test("an invitee creates a passkey as they join, signs out, and signs in on a new device", async ({
  browser,
}, testInfo) => {
  // Two browsers, four passkey ceremonies and three axe runs: minutes on a loaded machine.
  test.setTimeout(300_000);
  const elena = await newPerson(browser, "Elena Moro");
  await signIn(elena);
  const procedure = await createProcedure(elena, "Agenzia dell'abitare");
  const answer = await elena.context.request.post(`/api/procedures/${procedure.id}/invitations`, {
    data: { role: "redattore" },
  });
  const invitation = (await answer.json()) as Invitation;

  // The phone: the invitation asks a name, then the browser makes the passkey.
  const phone = await newPerson(browser, "Bruno Galli");
  const phoneKeys = await virtualAuthenticator(phone.context, phone.page);
  await phone.page.goto(`/invito/${invitation.token}`);
  await expect(phone.page.getByText(/il browser ti chiederà di creare una passkey/)).toBeVisible();
  await expectNoSeriousA11yViolations(phone.page, "the invitation with its passkey step");
  await phone.page.getByRole("textbox", { name: "Nome e cognome" }).fill("Bruno Galli");
  await phone.page.getByRole("button", { name: "Accetta e crea la passkey" }).click();
  await expect(phone.page.getByRole("heading", { level: 1 })).toHaveText("Agenzia dell'abitare");
  await expect(phone.page.getByText(/Hai creato la passkey/)).toBeVisible();
  await expect(phone.page.getByRole("link", { name: "Aggiungi una passkey" })).toHaveCount(0);

  // Signing out does not lose the account: the passkey brings the person back.
  await phone.page.getByRole("button", { name: "Esci" }).click();
  await phone.page.getByRole("button", { name: "Accedi con passkey" }).click();
  await expect(phone.page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");

  // A new device: the same passkey, as a synced one arrives; signed in with the keyboard.
  const [credential] = await phoneKeys.credentials();
  expect(credential?.isResidentCredential).toBe(true);
  const laptop = await newPerson(browser, "Bruno Galli");
  const laptopKeys = await virtualAuthenticator(laptop.context, laptop.page);
  if (credential) await laptopKeys.add(credential);
  await laptop.page.goto("/");
  await expectNoSeriousA11yViolations(laptop.page, "the home page with the passkey sign-in");
  await laptop.page.getByRole("button", { name: "Accedi con passkey" }).focus();
  await laptop.page.keyboard.press("Enter");
  await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");
  await expect(laptop.page.getByRole("banner")).toContainText("Bruno Galli");
  await expect(laptop.page.getByRole("link", { name: /Agenzia dell'abitare/ })).toBeVisible();

  // The laptop sees both devices and signs the phone out.
  await laptop.page.getByRole("link", { name: "Il mio account" }).click();
  await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("Il mio account");
  const passkeys = laptop.page.getByRole("list", { name: "Passkey" });
  await expect(passkeys.getByRole("listitem")).toHaveCount(1);
  await expect(passkeys).toContainText(/ultimo uso il/);
  const sessions = laptop.page.getByRole("list", { name: "Dispositivi con accesso" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByRole("listitem").first()).toContainText("Questo dispositivo");
  await expectNoSeriousA11yViolations(laptop.page, "the account page");
  await laptop.page.screenshot({ path: shotPath(testInfo, "account"), fullPage: true });

  await laptop.page.getByRole("button", { name: "Esci da tutti gli altri dispositivi" }).click();
  await laptop.page.getByRole("button", { name: "Sì, fai uscire" }).click();
  await expect(laptop.page.getByText("È uscito 1 dispositivo.")).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  await phone.page.reload();
  await expect(phone.page.getByRole("button", { name: "Accedi con passkey" })).toBeVisible();
});

test("someone without a passkey is asked to add one, and warned before signing out", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const giulia = await newPerson(browser, "Giulia Rossi");
  await signIn(giulia);
  const { page } = giulia;
  await page.goto("/");
  const banner = page.getByRole("complementary", { name: "Aggiungi una passkey" });
  await expect(banner).toContainText("Il tuo account dipende da questo browser");
  await expectNoSeriousA11yViolations(page, "the banner asking for a passkey");
  await page.screenshot({ path: shotPath(testInfo, "account-senza-passkey"), fullPage: true });

  await page.getByRole("button", { name: "Esci" }).click();
  await expect(page.getByRole("heading", { name: "Esci da questo dispositivo" })).toBeFocused();
  await expect(page.getByText(/se esci ora non potrai più rientrare/)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "the account page of someone without a passkey");

  // The passkey made here lifts the warning and the banner.
  await virtualAuthenticator(giulia.context, page);
  await page.getByRole("textbox", { name: "Nome del dispositivo" }).fill("Portatile ufficio");
  await page.getByRole("button", { name: "Crea la passkey" }).click();
  await expect(page.getByText("Passkey «Portatile ufficio» aggiunta.")).toBeVisible();
  await expect(page.getByText(/se esci ora non potrai più rientrare/)).toHaveCount(0);
  await page.getByRole("button", { name: "Rimuovi" }).click();
  await page.getByRole("button", { name: "Sì, rimuovi" }).click();
  await expect(page.getByRole("alert")).toContainText("È il tuo unico modo per accedere");
  await page.goto("/");
  await expect(banner).toHaveCount(0);
});
