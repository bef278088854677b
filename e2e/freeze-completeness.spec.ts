import { expect, test } from "@playwright/test";
import type { Procedure, VersionList, WorkspaceRoom } from "@tavolo/shared";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { json, openDocument, PROPOSAL, sectionParagraph } from "./documents-setup.ts";
import { newPerson } from "./people.ts";
import { shotPath } from "./shot-path.ts";

const REASON = "Il tavolo approva ora l'impianto; i destinatari si scrivono dopo l'incontro";

test("the freeze form warns of empty and over-limit sections and a round on them needs a reason", async ({
  browser,
}, testInfo) => {
  const giulia = await newPerson(browser, "Giulia Rossi");
  const api = giulia.context.request;
  await json(await api.post("/api/session", { data: { displayName: giulia.name } }));
  const procedure = await json<Procedure>(
    await api.post("/api/procedures", {
      data: { title: "Agenzia dell'abitare", amministrazione: "Comune di Pero" },
    }),
  );
  const base = `/api/procedures/${procedure.id}`;
  await json(
    await api.post(`${base}/organisations`, {
      data: {
        name: "Cooperativa sociale Il Ponte",
        type: "cooperativa_sociale",
        fiscalCode: "01234567890",
      },
    }),
  );
  const room = await json<WorkspaceRoom>(
    await api.post(`${base}/rooms`, {
      data: { kind: "documento", ...PROPOSAL },
    }),
  );
  const documentPath = `/procedure/${procedure.id}/documento/${room.id}`;

  // 2.100 characters in "Destinatari", whose limit is 2.000, pasted in one go.
  await openDocument(giulia, documentPath);
  await sectionParagraph(giulia.page, "destinatari").click();
  await giulia.page.keyboard.insertText("Famiglie in affitto. ".repeat(100));
  await expect
    .poll(async () => {
      const list = await json<VersionList>(await api.get(`/api/rooms/${room.id}/versions`));
      return list.draftCompleteness?.overLimit.map((section) => section.sectionKey);
    })
    .toEqual(["destinatari"]);

  const page = giulia.page;
  await page.goto(`${documentPath}/versioni`);
  const warning = page.locator("#freeze-completeness");
  await expect(warning).toContainText("Sezioni vuote");
  await expect(page.getByTestId("empty-sections")).toContainText(
    "Analisi del contesto e dei bisogni",
  );
  await expect(page.getByTestId("empty-sections")).not.toContainText("Destinatari");
  await expect(warning).toContainText("Sezioni oltre il limite");
  await expect(page.getByTestId("over-limit-sections")).toHaveText(
    "Destinatari: 2.100 caratteri su 2.000",
  );
  await page.getByLabel("Nome della versione").fill("Testo per l'approvazione");
  await expect(page.getByLabel(/Apri il giro di approvazione/)).toBeChecked();
  const reason = page.getByLabel(/Motivazione per aprire il giro/);
  await expect(reason).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.locator(".tavolo-freeze").screenshot({ path: shotPath(testInfo, "congela-avvisi") });
  await expectNoSeriousA11yViolations(page, "the freeze form with the completeness warning");

  // Without the reason the server refuses, and says which field.
  await page.getByRole("button", { name: "Congela la versione" }).click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("version-1")).toHaveCount(0);

  await reason.fill(REASON);
  await page.getByRole("button", { name: "Congela la versione" }).click();
  await expect(page.getByTestId("version-1")).toContainText("Approvazione in corso");
  await expect(page.getByTestId("approval-reason")).toContainText(REASON);
  await giulia.context.close();
});
