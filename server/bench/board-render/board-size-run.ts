import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type NoteAuthor, readNotes } from "@tavolo/shared";
import type { Browser } from "playwright-core";
import { sleep } from "../targets/server-process.ts";
import { type BoardClient, connectBoardClient } from "./board-client.ts";
import type { BoardBenchParams } from "./board-params.ts";
import { type LiveSamples, measureLivePage } from "./measure-live-page.ts";
import type { OpenTimes } from "./measure-open.ts";
import { measureOpen } from "./measure-open.ts";
import { startParticipants } from "./participants.ts";
import { seedBoard } from "./seed-board.ts";
import { type Attendee, startWorkshop, type Workshop } from "./workshop.ts";

/** Everything measured on one board size. */
export interface SizeSamples extends LiveSamples {
  notes: number;
  open: OpenTimes;
}

type Log = (line: string) => void;

/**
 * One board size on a fresh server and data folder: the facilitator's client seeds the board,
 * the other people join and start their pointers and note moves, then the facilitator's page
 * is opened `opens` times and, kept open, measured for remote moves, redraws and drags.
 */
export async function runBoardSize(
  browser: Browser,
  notes: number,
  params: BoardBenchParams,
  log: Log,
): Promise<SizeSamples> {
  // Each stock WebsocketProvider adds a process "exit" listener: twenty are expected here.
  process.setMaxListeners(Math.max(process.getMaxListeners(), params.people + 10));
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-board-"));
  const clients: BoardClient[] = [];
  let workshop: Workshop | null = null;
  try {
    workshop = await startWorkshop({ dataDir, people: params.people, port: params.port });
    const { wsUrl, boardId } = workshop;
    const seeder = await connectBoardClient(wsUrl, boardId, workshop.facilitator);
    clients.push(seeder);
    await seeder.synced;
    // The server accepts a new note only as its connection's own: the facilitator writes them all.
    const seeded = seedBoard(seeder.doc, notes, [authorOf(workshop.facilitator)]);
    const others = await Promise.all(
      workshop.others.map((person) => connectBoardClient(wsUrl, boardId, person)),
    );
    clients.push(...others);
    await Promise.all(others.map((client) => untilNotes(client, notes)));
    log(`board-render ${notes} notes: seeded, ${others.length} others joined`);

    // Both on screen at open: with viewport culling, far notes have no element to watch or drag.
    const dragged = seeded.onScreenNoteIds.slice(0, params.drags);
    const moved = seeded.onScreenNoteIds.slice(params.drags);
    const reserved = new Set([...dragged, ...moved]);
    const participants = startParticipants(others, {
      cursorHz: 10,
      editors: Math.min(4, others.length),
      editEveryMs: 3000,
      movable: seeded.noteIds.filter((id) => !reserved.has(id)),
      area: seeded.area,
    });
    try {
      const url = `${workshop.baseUrl}${workshop.boardPath}`;
      const cookie = workshop.facilitator.api.cookieHeader;
      const timeoutMs = 60_000;
      const open = await measureOpen(browser, {
        url,
        cookie,
        onScreenNoteIds: seeded.onScreenNoteIds,
        runs: params.opens,
        timeoutMs,
      });
      log(`board-render ${notes} notes: ${params.opens} opens done`);
      const live = await measureLivePage(browser, {
        url,
        cookie,
        notes,
        onScreenNoteIds: seeded.onScreenNoteIds,
        params,
        dragged,
        moved,
        participants,
        mover: others.at(-1) ?? seeder,
      });
      return { notes, open, ...live };
    } finally {
      participants.stop();
    }
  } finally {
    for (const client of clients) client.destroy();
    await workshop?.server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const authorOf = (person: Attendee): NoteAuthor => ({
  personId: person.personId,
  displayName: person.name,
  organisationId: null,
});

async function untilNotes(client: BoardClient, count: number, timeoutMs = 60_000): Promise<void> {
  await client.synced;
  const deadline = Date.now() + timeoutMs;
  while (readNotes(client.doc).length < count) {
    if (Date.now() > deadline) throw new Error(`${client.attendee.name} never saw ${count} notes`);
    await sleep(50);
  }
}
