import type { Page } from "playwright-core";
import { sleep } from "../targets/server-process.ts";
import type { BoardClient } from "./board-client.ts";
import { remoteMove } from "./measure-remote-move.ts";
import type { ProbeWindow } from "./page-probes.ts";
import type { Participants } from "./participants.ts";

/**
 * How many note elements the DOM touches when one remote note moves (1 if only that note is
 * redrawn). The others' note moves are paused meanwhile (their pointers go on, and pointers
 * are not notes); the count includes whatever lands until `settleMs` after the move is shown.
 */
export async function countRedrawnNotes(
  page: Page,
  mover: BoardClient,
  ids: readonly string[],
  participants: Participants,
  clockOffset: number,
  settleMs = 300,
): Promise<number[]> {
  const counts: number[] = [];
  participants.pauseEdits();
  try {
    await sleep(settleMs);
    for (const id of ids) {
      await page.evaluate(() => (window as unknown as ProbeWindow).__boardBench.startCounting());
      await remoteMove(page, mover, id, clockOffset);
      await sleep(settleMs);
      const changed = await page.evaluate(() =>
        (window as unknown as ProbeWindow).__boardBench.stopCounting(),
      );
      counts.push(changed.length);
    }
  } finally {
    participants.resumeEdits();
  }
  return counts;
}
