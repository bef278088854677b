import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { openBoard, prepareBoard } from "./boards-setup.ts";
import { newPerson } from "./people.ts";

/** A 2×2 PNG, red: enough to be a photo for the server, the board and the exports. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==",
  "base64",
);

test("a photo of the room's post-its goes on the board, for members only, and into the exports", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const federica = await newPerson(browser, "Federica Facilitatrice");
  const paolo = await newPerson(browser, "Paolo Partner");
  const path = await prepareBoard(federica, paolo);
  await openBoard(federica, path);
  await openBoard(paolo, path);
  const fp = federica.page;
  const pp = paolo.page;

  // The partner uploads the photo and describes it; the facilitator sees it.
  await pp.getByLabel("File della foto").setInputFiles({
    name: "muro-post-it.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  const description = pp.getByRole("textbox", { name: "Descrizione della foto" });
  await expect(description).toHaveValue("muro-post-it");
  await description.fill("Il muro dei post-it del laboratorio");
  await pp.getByRole("button", { name: "Metti sulla lavagna" }).click();
  const photo = fp.getByRole("img", { name: "Il muro dei post-it del laboratorio" });
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img) => img instanceof HTMLImageElement && img.naturalWidth))
    .toBe(2);

  // Only members may load it: a browser without a session is refused.
  const src = await photo.getAttribute("src");
  const stranger = await browser.newContext();
  const refused = await stranger.request.get(new URL(src ?? "", fp.url()).toString());
  expect(refused.status()).toBe(401);
  await stranger.close();

  // A file that is not a picture is refused with a clear message.
  await pp.getByLabel("File della foto").setInputFiles({
    name: "note.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("non sono una foto"),
  });
  await pp.getByRole("button", { name: "Metti sulla lavagna" }).click();
  await expect(pp.getByRole("alert")).toHaveText(
    "Si possono aggiungere solo foto PNG, JPEG o WebP.",
  );

  // The SVG export carries the photo itself.
  const download = fp.waitForEvent("download");
  await fp.getByRole("button", { name: "Esporta SVG" }).click();
  const svg = await readFile(await (await download).path(), "utf8");
  expect(svg).toContain('href="data:image/png;base64,');

  // The facilitator may delete it; the partner's copy goes too.
  await pp.screenshot({ path: test.info().outputPath("board-photo.png") });
  await expectNoSeriousA11yViolations(pp, "the board with a photo");
  await fp.getByRole("group", { name: "Foto: Il muro dei post-it del laboratorio" }).focus();
  await fp.keyboard.press("Delete");
  await expect(pp.getByRole("img", { name: "Il muro dei post-it del laboratorio" })).toHaveCount(0);
  await federica.context.close();
  await paolo.context.close();
});
