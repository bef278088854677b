import { type CDPSession, expect, type Page, test } from "@playwright/test";
import { TABLET, workshopPair } from "./board-workshop-people.ts";
import { note, openBoard, writeNoteByKeyboard } from "./boards-setup.ts";

type Point = { x: number; y: number };

/** Fingers on the tablet's screen, through Chromium's touch input (multi-touch included). */
function fingers(cdp: CDPSession) {
  const send = (type: "touchStart" | "touchMove" | "touchEnd", points: readonly Point[]) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map((point, id) => ({ ...point, id })),
    });
  return {
    down: (points: readonly Point[]) => send("touchStart", points),
    /** Moves every finger from `from` to `to` in `steps` steps, as a hand does. */
    async slide(from: readonly Point[], to: readonly Point[], steps = 8) {
      for (let step = 1; step <= steps; step += 1) {
        const at = from.map((start, index) => {
          const end = to[index] ?? start;
          return {
            x: start.x + ((end.x - start.x) * step) / steps,
            y: start.y + ((end.y - start.y) * step) / steps,
          };
        });
        await send("touchMove", at);
      }
    },
    up: () => send("touchEnd", []),
  };
}

const zoom = (page: Page) => page.getByLabel("Livello di zoom");
const world = (page: Page) =>
  page.locator(".tavolo-world").evaluate((element) => (element as HTMLElement).style.transform);

/** A point of the canvas, away from its edges, where nothing lies but the board's background. */
async function emptySpot(page: Page): Promise<Point> {
  const spot = await page.evaluate(() => {
    const canvas = document.querySelector(".tavolo-canvas");
    if (!canvas) return null;
    const box = canvas.getBoundingClientRect();
    for (let y = box.bottom - 120; y > box.top + 120; y -= 20) {
      // Far enough from the edges for two fingers 200 px apart around it.
      for (let x = box.left + 160; x < box.right - 160; x += 20) {
        const hit = document.elementFromPoint(x, y);
        if (hit === canvas || hit?.classList.contains("tavolo-world")) return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error("no empty spot on the canvas");
  return spot;
}

test("on a tablet: drag a note with a finger, pinch to zoom, pan with two fingers, hold for a new note", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { federica, paolo, path, close } = await workshopPair(browser, TABLET);
  await openBoard(paolo, path);
  const page = paolo.page;
  const touch = fingers(await page.context().newCDPSession(page));
  await writeNoteByKeyboard(page, "Contratto 3+2 in via Roma");

  // One finger drags the note.
  const card = note(page, "Contratto 3+2");
  const before = await card.boundingBox();
  if (!before) throw new Error("the note is not on screen");
  const grip = { x: before.x + before.width / 2, y: before.y + 20 };
  await touch.down([grip]);
  await touch.slide([grip], [{ x: grip.x + 120, y: grip.y + 60 }]);
  await touch.up();
  await expect
    .poll(async () => Math.round((await card.boundingBox())?.x ?? 0))
    .toBe(Math.round(before.x + 120));

  // Two fingers spreading zoom in; moving together they pan without zooming.
  const start = await zoom(page).textContent();
  const centre = await emptySpot(page);
  const pair = [
    { x: centre.x - 40, y: centre.y },
    { x: centre.x + 40, y: centre.y },
  ];
  await touch.down(pair);
  await touch.slide(pair, [
    { x: centre.x - 100, y: centre.y },
    { x: centre.x + 100, y: centre.y },
  ]);
  await touch.up();
  await expect(zoom(page)).not.toHaveText(start ?? "");
  const zoomed = await zoom(page).textContent();
  expect(Number.parseInt(zoomed ?? "0", 10)).toBeGreaterThan(Number.parseInt(start ?? "0", 10));

  const panned = await world(page);
  const spot = await emptySpot(page);
  const two = [spot, { x: spot.x + 60, y: spot.y }];
  await touch.down(two);
  await touch.slide(
    two,
    two.map((point) => ({ x: point.x + 80, y: point.y + 40 })),
  );
  await touch.up();
  await expect.poll(() => world(page)).not.toBe(panned);
  await expect(zoom(page)).toHaveText(zoomed ?? "");
  await expect(card).toHaveCount(1);

  // A finger resting on the empty board makes a new note there, ready to type in.
  await touch.down([await emptySpot(page)]);
  const editor = page.getByRole("textbox", { name: "Testo della nota" });
  await expect(editor).toBeVisible();
  await touch.up();
  await editor.fill("Scritta dal tablet");
  await page.keyboard.press("Escape");
  await expect(note(federica.page, "Scritta dal tablet")).toHaveCount(0);
  await openBoard(federica, path);
  await expect(note(federica.page, "Scritta dal tablet")).toBeVisible();

  await close();
});
