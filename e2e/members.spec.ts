import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { asFacilitator, newPerson, personId, shareNote } from "./people.ts";

test("a facilitator changes someone's role, then revokes them after confirming", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, [marco]);
  const { page } = elena;
  await page.goto(`/procedure/${procedureId}/persone`);

  const row = page.getByRole("row", { name: /Marco Bianchi/ });
  await expect(row).toContainText("Redattore");
  await row.getByRole("button", { name: "Cambia ruolo Marco Bianchi" }).click();
  const role = page.getByRole("combobox", { name: "Ruolo", exact: true }).first();
  await expect(role).toBeFocused();
  await role.selectOption({ label: "Osservatore" });
  await page.getByRole("button", { name: "Salva il ruolo" }).click();
  await expect(page.getByText("Marco Bianchi ora ha il ruolo di Osservatore.")).toBeVisible();
  await expect(row).toContainText("Osservatore");
  await expect(row.getByRole("button", { name: "Cambia ruolo Marco Bianchi" })).toBeFocused();

  await row.getByRole("button", { name: "Revoca l'accesso" }).click();
  const confirm = page.getByRole("group", { name: /Revocare l'accesso a Marco Bianchi\?/ });
  await expect(confirm.getByRole("button", { name: "Sì, revoca" })).toBeFocused();
  await expectNoSeriousA11yViolations(page, "the people page asking to confirm a revocation");
  await confirm.getByRole("button", { name: "Annulla" }).click();
  await expect(row.getByRole("button", { name: "Revoca l'accesso" })).toBeFocused();

  await row.getByRole("button", { name: "Revoca l'accesso" }).click();
  await page.getByRole("button", { name: "Sì, revoca" }).click();
  await expect(page.getByText("Accesso di Marco Bianchi revocato.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Marco Bianchi/ })).toHaveCount(0);

  await marco.page.goto(`/procedure/${procedureId}`);
  await expect(marco.page.getByRole("heading", { level: 1 })).toHaveText(
    "Non partecipi a questa procedura",
  );
  await elena.context.close();
  await marco.context.close();
});

test("the last facilitator cannot step down, and is told why", async ({ browser }) => {
  const elena = await newPerson(browser, "Elena Moro");
  const { procedureId } = await shareNote(elena, []);
  await elena.page.goto(`/procedure/${procedureId}/persone`);
  await elena.page.getByRole("button", { name: "Cambia ruolo Elena Moro" }).click();
  await elena.page.getByRole("combobox", { name: "Ruolo", exact: true }).first().selectOption({
    label: "Redattore",
  });
  await elena.page.getByRole("button", { name: "Salva il ruolo" }).click();
  await expect(elena.page.getByRole("alert")).toHaveText(
    "La procedura deve avere almeno un facilitatore: nomina prima un'altra persona.",
  );
  await elena.context.close();
});

test("an invitation already used says it can no longer be used", async ({ browser }) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const late = await newPerson(browser, "Luca Neri");
  const { procedureId } = await shareNote(elena, []);
  const created = await elena.context.request.post(`/api/procedures/${procedureId}/invitations`, {
    data: { role: "redattore" },
  });
  const { path, token } = (await created.json()) as { path: string; token: string };
  await marco.context.request.post(`/api/invitations/${token}/accept`, {
    data: { displayName: "Marco Bianchi" },
  });

  await late.page.goto(path);
  await expect(late.page.getByRole("heading", { level: 1 })).toHaveText(
    "Questo invito non si può più usare",
  );
  await expect(late.page.getByRole("main")).toContainText("è già stato usato");
  await expect(late.page.getByRole("button", { name: "Accetta l'invito" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(late.page, "a used invitation");

  await elena.page.goto(`/procedure/${procedureId}/persone`);
  const invitations = elena.page.getByRole("table", { name: "Inviti creati" });
  await expect(invitations).toContainText("Usato");
  await elena.context.close();
  await marco.context.close();
  await late.context.close();
});

test("a revoked person is turned back at a shared link still valid, and told how to return", async ({
  browser,
}) => {
  const elena = await newPerson(browser, "Elena Moro");
  const marco = await newPerson(browser, "Marco Bianchi");
  const { procedureId } = await shareNote(elena, []);
  const base = `/api/procedures/${procedureId}`;
  const created = await elena.context.request.post(`${base}/invitations`, {
    data: { role: "redattore", singleUse: false },
  });
  const { path, token } = (await created.json()) as { path: string; token: string };
  await marco.context.request.post(`/api/invitations/${token}/accept`, {
    data: { displayName: "Marco Bianchi" },
  });
  await asFacilitator(elena, "DELETE", `${base}/members/${await personId(marco)}`);

  await marco.page.goto(path);
  await marco.page.getByRole("button", { name: "Accetta l'invito" }).click();
  await expect(marco.page.getByRole("alert")).toContainText(
    "solo un nuovo invito per una sola persona",
  );
  await expect(marco.page).toHaveURL(path);
  await elena.context.close();
  await marco.context.close();
});
