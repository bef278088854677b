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
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page).toHaveTitle("Home – Tavolo");
  await expectNoSeriousA11yViolations(page, "the home page in English");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("group", { name: "Language" }).getByRole("button", { name: "English" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("a newcomer gives their name once and is told what to do next", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Nome e cognome" }).fill("Giulia Rossi");
  await page.getByRole("button", { name: "Inizia" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page.getByRole("banner")).toContainText("Giulia Rossi");
  await expect(
    page.getByRole("heading", { name: "Non partecipi ancora a nessuna procedura" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Crea una procedura" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Crea la procedura di esempio" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the empty list of procedures");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le mie procedure");
  // Without a passkey, "Esci" first says that signing out loses the account.
  await page.getByRole("button", { name: "Esci" }).click();
  await page.getByRole("button", { name: "Esci comunque" }).click();
  await expect(page.getByRole("heading", { name: "Come ti chiami?" })).toBeVisible();
});

test("an empty name is refused with a message tied to the field", async ({ page }) => {
  await page.goto("/");
  const name = page.getByRole("textbox", { name: "Nome e cognome" });
  await name.fill("   ");
  await page.getByRole("button", { name: "Inizia" }).click();

  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Questo campo è obbligatorio\./);
  await expectNoSeriousA11yViolations(page, "the home page with a form error");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Il tavolo di co-progettazione, a portata di tutti",
  );
});

test("the skip link takes keyboard users straight to the main content", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Vai al contenuto principale" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown address shows a page-not-found message with the way home", async ({ page }) => {
  await page.goto("/pagina-che-non-esiste");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  await expectNoSeriousA11yViolations(page, "the not-found page");
  await page.getByRole("link", { name: "Torna alla pagina iniziale" }).click();
  await expect(page).toHaveURL("/");
});
