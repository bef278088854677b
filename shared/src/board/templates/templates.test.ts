import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardFrameSchema, frameOf, readFrames } from "../frames.ts";
import { areaOf, type Rect } from "../geometry.ts";
import { BoardLabelSchema, readLabels } from "../labels.ts";
import { addNote } from "../notes.ts";
import { ANNA, connectDocs } from "../test-support.ts";
import { BOARD_TEMPLATES, findBoardTemplate } from "./catalogue.ts";
import { RISORSE_POTENZIALITA } from "./risorse-potenzialita.ts";
import { applyTemplate, boardTemplateId, templateItemId } from "./template.ts";

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe("board templates", () => {
  it("are the eight the workshops use, with unique ids", () => {
    expect(BOARD_TEMPLATES.map((t) => t.id)).toEqual([
      "vuota",
      "risorse-potenzialita",
      "bisogni-risorse",
      "mappa-attori",
      "empathy-map",
      "come-potremmo",
      "impatto-fattibilita",
      "idee-azioni",
    ]);
    expect(findBoardTemplate("mappa-attori")?.title.it).toBe("Mappa degli attori");
    expect(findBoardTemplate("nope")).toBeNull();
  });

  it.each(BOARD_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: valid frames and labels, unique keys, frames not overlapping",
    (_id, template) => {
      const keys = [...template.frames, ...template.labels].map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const frame of template.frames) {
        expect(BoardFrameSchema.safeParse({ ...frame, id: "x" }).success).toBe(true);
        expect(frame.title.length).toBeGreaterThan(0);
        expect(areaOf(frame)).toBeGreaterThan(0);
      }
      for (const label of template.labels) {
        expect(BoardLabelSchema.safeParse({ ...label, id: "x" }).success).toBe(true);
      }
      for (const [i, a] of template.frames.entries()) {
        for (const b of template.frames.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
    },
  );

  it("apply to an empty board in one update and record which template", () => {
    const board = new Y.Doc();
    let updates = 0;
    board.on("update", () => updates++);
    expect(applyTemplate(board, RISORSE_POTENZIALITA)).toBe(true);
    expect(updates).toBe(1);
    expect(readFrames(board).map((f) => f.title)).toContain("Risorse alte · Potenzialità alte");
    expect(readFrames(board)).toHaveLength(4);
    expect(readLabels(board).map((l) => l.text)).toContain("La capacità di abitare");
    expect(boardTemplateId(board)).toBe("risorse-potenzialita");
  });

  it("put resources upwards and potential to the right in the Pero matrix", () => {
    const board = new Y.Doc();
    applyTemplate(board, RISORSE_POTENZIALITA);
    const frames = readFrames(board);
    const topRight = { x: 1500, y: 200, w: 100, h: 100 };
    const bottomLeft = { x: 200, y: 1500, w: 100, h: 100 };
    expect(frameOf(topRight, frames)?.title).toBe("Risorse alte · Potenzialità alte");
    expect(frameOf(bottomLeft, frames)?.title).toBe("Risorse basse · Potenzialità basse");
  });

  it("refuse a board that already has content", () => {
    const board = new Y.Doc();
    addNote(board, { text: "prima nota", x: 0, y: 0 }, ANNA);
    expect(applyTemplate(board, RISORSE_POTENZIALITA)).toBe(false);
    expect(readFrames(board)).toEqual([]);
    expect(boardTemplateId(board)).toBeNull();
  });

  it("merge when two facilitators apply the same template at once", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTemplate(a, RISORSE_POTENZIALITA);
    applyTemplate(b, RISORSE_POTENZIALITA);
    connectDocs(a, b);
    expect(readFrames(a)).toHaveLength(4);
    expect(readFrames(b).map((f) => f.id)).toContain(
      templateItemId("risorse-potenzialita", "risorse-alte-potenzialita-alte"),
    );
  });
});
