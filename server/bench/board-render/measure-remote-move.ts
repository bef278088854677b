import { readNote, updateNote } from "@tavolo/shared";
import type { Page } from "playwright-core";
import { sleep } from "../targets/server-process.ts";
import type { BoardClient } from "./board-client.ts";
import { absoluteNow } from "./clock.ts";
import type { ProbeWindow } from "./page-probes.ts";

export interface MoveTimes {
  /** The Node client's transaction to the page's DOM showing the new position, ms. */
  dom: number[];
  /** The same, to the paint after it, ms. */
  painted: number[];
}

/**
 * Moves one note from a Node client and times how long until the page shows it (same machine:
 * both clocks are `timeOrigin + now()`, the page's corrected by `clockOffset`, see clock.ts).
 */
export async function remoteMove(
  page: Page,
  mover: BoardClient,
  id: string,
  clockOffset: number,
): Promise<{ dom: number; painted: number }> {
  const note = readNote(mover.doc, id);
  if (!note) throw new Error(`note ${id} is not on the board`);
  const x = note.x + (note.x % 2 === 0 ? 15 : -15);
  await page.evaluate(
    (expected) =>
      (window as unknown as ProbeWindow).__boardBench.expectMove(expected.id, expected.left),
    { id, left: `${x}px` },
  );
  const sent = absoluteNow();
  updateNote(mover.doc, id, { x });
  const seen = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__boardBench.moveSeen(5000),
  );
  return { dom: seen.dom - clockOffset - sent, painted: seen.painted - clockOffset - sent };
}

/** `count` remote moves over `ids` in turn, 100–200 ms apart so they do not beat with frames. */
export async function measureRemoteMoves(
  page: Page,
  mover: BoardClient,
  ids: readonly string[],
  count: number,
  clockOffset: number,
): Promise<MoveTimes> {
  const times: MoveTimes = { dom: [], painted: [] };
  for (let i = 0; i < count; i++) {
    const id = ids[i % ids.length];
    if (!id) break;
    const seen = await remoteMove(page, mover, id, clockOffset);
    times.dom.push(seen.dom);
    times.painted.push(seen.painted);
    await sleep(100 + Math.random() * 100);
  }
  return times;
}
