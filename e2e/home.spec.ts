import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";

test("the home page opens in Italian and switches to English, remembering the choice", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(
    page.getByRole("heading", { level: 1, name: "Il tavolo di co-progettazione" }),
  ).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(
    "Co-progettazione tra Comune e Terzo settore",
  );
  await expect(page).toHaveTitle("Pagina iniziale – Tavolo");
  await expectNoSeriousA11yViolations(page, "the home page in Italian");

  const languages = page.getByRole("group", { name: "Lingua" });
  await expect(languages.getByRole("button", { name: "Italiano" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await languages.getByRole("button", { name: "English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "The co-design table, within everyone's reach",
  );
  await expect(page.getByRole("button", { name: "Open the note" })).toBeVisible();
  await expect(page).toHaveTitle("Home – Tavolo");
  await expectNoSeriousA11yViolations(page, "the home page in English");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("group", { name: "Language" }).getByRole("button", { name: "English" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("the home page proposes a valid note name and opens that note", async ({ page }) => {
  await page.goto("/");
  const name = page.getByRole("textbox", { name: "Nome della nota" });
  const proposed = await name.inputValue();
  expect(proposed).toMatch(/^nota-[a-z]+-\d{4}$/);

  await page.getByRole("button", { name: "Proponi un altro nome" }).click();
  await expect(name).not.toHaveValue("");
  const chosen = await name.inputValue();

  await page.getByRole("button", { name: "Apri la nota" }).click();
  await expect(page).toHaveURL(`/nota/${chosen}`);
  await expect(page.getByRole("main")).toBeFocused();
});

test("a note name outside the allowed alphabet is refused with a message and a fix", async ({
  page,
}) => {
  await page.goto("/");
  const name = page.getByRole("textbox", { name: "Nome della nota" });
  await name.fill("Riunione 12 marzo");
  await page.getByRole("button", { name: "Apri la nota" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("alert")).toHaveText(
    "Il nome può contenere solo lettere senza accenti, cifre e i segni - _ . : e non può iniziare con un punto.",
  );
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  await expectNoSeriousA11yViolations(page, "the home page with a form error");

  await page.getByRole("button", { name: "Usa «riunione-12-marzo»" }).click();
  await expect(name).toHaveValue("riunione-12-marzo");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Apri la nota" }).click();
  await expect(page).toHaveURL("/nota/riunione-12-marzo");
});

test("the skip link takes keyboard users straight to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Vai al contenuto principale" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown address shows a page-not-found message with the way home", async ({ page }) => {
  await page.goto("/procedure/che-non-esiste");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  await expectNoSeriousA11yViolations(page, "the not-found page");
  await page.getByRole("link", { name: "Torna alla pagina iniziale" }).click();
  await expect(page).toHaveURL("/");
});
