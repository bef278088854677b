import * as Y from "yjs";
import { createCluster } from "./clusters.ts";
import { addFrame } from "./frames.ts";
import { addNote } from "./notes.ts";
import { addPrivateNote } from "./private-writing.ts";
import { ANNA, LUCA, T0 } from "./test-support.ts";

/**
 * A small workshop board for the output tests only: two frames side by side, notes in each and
 * one outside, a cluster across frames, a hidden card.
 */
export function workshopBoard(): Y.Doc {
  const board = new Y.Doc();
  addFrame(board, { title: "Bisogni", x: 0, y: 0, w: 600, h: 600 }, { newId: () => "f-bisogni" });
  addFrame(board, { title: "Risorse", x: 700, y: 0, w: 600, h: 600 }, { newId: () => "f-risorse" });
  const note = (id: string, text: string, x: number, y: number, author = ANNA, i = 0) =>
    addNote(board, { text, x, y }, author, { newId: () => id, now: T0 + i });
  note("b2", "Solitudine degli anziani", 300, 50, LUCA, 1);
  note("b1", "Alloggi sfitti", 20, 60, ANNA, 2);
  note("b3", 'Sfratti "per morosità", in crescita', 20, 300, LUCA, 3);
  note("r1", "Palazzina di via Roma, 300 mq", 720, 40, ANNA, 4);
  note("r2", "=1+1 volontari", 720, 300, LUCA, 5);
  note("x1", "Fuori da tutto", 2000, 2000, ANNA, 6);
  addPrivateNote(board, new Y.Doc(), { text: "segreto", x: 30, y: 400 }, ANNA, {
    newId: () => "hidden",
  });
  createCluster(
    board,
    { name: "Casa", noteIds: ["b1", "r1", "b3"], createdBy: "fac" },
    { newId: () => "c-casa", now: T0 },
  );
  return board;
}

export const COUNTS: Readonly<Record<string, number>> = { b1: 2, r1: 4, b3: 2, b2: 1, x1: 4 };
