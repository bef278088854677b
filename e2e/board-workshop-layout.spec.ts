import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { LAPTOP, WORKSHOP_SCREENS, workshopPair } from "./board-workshop-people.ts";
import { canvas, openBoard, writeNoteByKeyboard } from "./boards-setup.ts";

/** True when `locator`'s box lies wholly inside the window. */
async function inWindow(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
  );
}

for (const screen of WORKSHOP_SCREENS) {
  test(`the board fills a ${screen.name} screen: no page scrolling, the timer always in view`, async ({
    browser,
  }, testInfo) => {
    // Two people, axe and screenshots on a shared 2-core machine.
    test.setTimeout(180_000);
    const { federica, paolo, path, close } = await workshopPair(browser, screen);
    await openBoard(federica, path);
    await openBoard(paolo, path);
    await writeNoteByKeyboard(paolo.page, "Contratto 3+2 in via Roma");

    await federica.page.getByLabel("Minuti").fill("5");
    await federica.page.getByRole("button", { name: "Avvia timer" }).click();
    await federica.page.getByRole("button", { name: "Apri votazione" }).click();
    await expect(paolo.page.getByTestId("board-timer")).toBeVisible();
    await expect(paolo.page.getByText(/Ti restano \d punti/)).toBeVisible();

    for (const person of [federica, paolo]) {
      const page = person.page;
      // The page itself never scrolls: the canvas takes the rest of the window.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const box = await canvas(page).boundingBox();
      expect(box && box.y + box.height).toBeCloseTo(screen.height, -1);
      expect(await inWindow(page, "board-timer")).toBe(true);
      await expect(page.getByRole("button", { name: "Nuova nota" })).toBeInViewport();
    }
    await expect(federica.page.getByRole("button", { name: "Porta tutti qui" })).toBeInViewport();
    await federica.page.screenshot({ path: testInfo.outputPath(`facilitator-${screen.name}.png`) });
    await paolo.page.screenshot({ path: testInfo.outputPath(`partner-${screen.name}.png`) });
    await expectNoSeriousA11yViolations(paolo.page, `the workshop layout at ${screen.name}`);

    // Panels fold away and come back.
    const panels = paolo.page.getByRole("button", { name: "Pannelli" });
    const expanded = await panels.getAttribute("aria-expanded");
    await panels.click();
    await expect(panels).toHaveAttribute("aria-expanded", expanded === "true" ? "false" : "true");
    await paolo.page.screenshot({ path: testInfo.outputPath(`partner-${screen.name}-panels.png`) });

    await close();
  });
}

test("Schermo intero puts the board in full screen, and leaves it", async ({ browser }) => {
  const { federica, path, close } = await workshopPair(browser, LAPTOP);
  await openBoard(federica, path);
  const button = federica.page.getByRole("button", { name: "Schermo intero" });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  expect(await federica.page.evaluate(() => document.fullscreenElement?.className)).toContain(
    "tavolo-board-page",
  );
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  expect(await federica.page.evaluate(() => document.fullscreenElement)).toBeNull();
  await close();
});

test("Nuova lavagna opens its form in view, the title ready to type", async ({ browser }) => {
  const { federica, path, close } = await workshopPair(browser, LAPTOP);
  const home = path.replace(/\/lavagna\/.*$/, "");
  await federica.page.goto(home);
  await federica.page.getByRole("button", { name: "Nuova lavagna" }).click();
  const title = federica.page.getByRole("textbox", { name: "Titolo della lavagna" });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  await close();
});
