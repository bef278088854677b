import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  CronoprogrammaSchema,
  calendarMonthOf,
  cronoprogrammaGrid,
  MonthRangeSchema,
  monthLabel,
  monthsInRange,
} from "./cronoprogramma.ts";
import {
  addActivity,
  createCronoprogrammaBlock,
  readCronoprogramma,
  readValidCronoprogramma,
  removeActivity,
  setActivityMonth,
  setActivityRange,
  setProjectSpan,
  updateActivity,
} from "./cronoprogramma-yjs.ts";
import { blockMap } from "./document-shape.ts";

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function newBlock(spanMonths = 12, firstMonth: string | null = null) {
  const doc = new Y.Doc();
  const block = createCronoprogrammaBlock(doc, "crono", { spanMonths, firstMonth });
  return { doc, block };
}

function read(block: Y.Map<unknown>) {
  const result = readCronoprogramma(block);
  if (!result.success) throw result.error;
  return result.data;
}

describe("cronoprogramma data", () => {
  it("refuse an end month before the start month", () => {
    expect(MonthRangeSchema.safeParse({ startMonth: 5, endMonth: 4 }).success).toBe(false);
    expect(monthsInRange({ startMonth: 3, endMonth: 5 })).toEqual([3, 4, 5]);
    expect(monthsInRange({ startMonth: 7, endMonth: 7 })).toEqual([7]);
  });

  it("refuse months outside the project span, saying which", () => {
    const result = CronoprogrammaSchema.safeParse({
      type: "cronoprogramma",
      spanMonths: 6,
      firstMonth: null,
      activities: [{ id: "a", name: "Avvio", responsibleOrganisationId: null, months: [5, 7, 8] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["activities", 0, "months"]);
    expect(result.error?.issues[0]?.message).toMatch(/7, 8 are outside the project span of 6/);
  });

  it("store months sorted and without repeats", () => {
    const parsed = CronoprogrammaSchema.parse({
      type: "cronoprogramma",
      spanMonths: 6,
      firstMonth: null,
      activities: [{ id: "a", name: "Avvio", responsibleOrganisationId: null, months: [3, 1, 3] }],
    });
    expect(parsed.activities[0]?.months).toEqual([1, 3]);
  });

  it("label months by number, or by calendar month across a year end", () => {
    expect(monthLabel(null, 7)).toBe("M7");
    expect(calendarMonthOf("2025-09", 1)).toBe("2025-09");
    expect(calendarMonthOf("2025-09", 5)).toBe("2026-01");
    expect(monthLabel("2025-09", 7)).toBe("mar 2026");
  });
});

describe("cronoprogramma grid", () => {
  it("draw one row per activity and one column per month, with each month's load", () => {
    const { block } = newBlock(4, "2026-01");
    addActivity(block, { name: "Ristrutturazione", months: [1, 2] }, "lavori");
    addActivity(block, { name: "Apertura del Centro", responsibleOrganisationId: "coop" }, "avvio");
    setActivityRange(block, "avvio", { startMonth: 2, endMonth: 4 });
    const grid = cronoprogrammaGrid(read(block));
    expect(grid.columns.map((c) => c.label)).toEqual([
      "gen 2026",
      "feb 2026",
      "mar 2026",
      "apr 2026",
    ]);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      [true, true, false, false],
      [false, true, true, true],
    ]);
    expect(grid.activitiesPerMonth).toEqual([1, 2, 1, 1]);
  });

  it("keep months beyond a shortened span and report them instead of dropping them", () => {
    const { block } = newBlock(12);
    addActivity(block, { name: "Valutazione finale", months: [11, 12] }, "val");
    setProjectSpan(block, { spanMonths: 10 });
    const grid = cronoprogrammaGrid(read(block));
    expect(grid.rows[0]?.outsideSpan).toEqual([11, 12]);
    expect(readValidCronoprogramma(block).success).toBe(false);
  });
});

describe("cronoprogramma in Yjs", () => {
  it("refuse to write months outside the span or an empty name", () => {
    const { block } = newBlock(6);
    expect(() => addActivity(block, { name: "Troppo tardi", months: [7] })).toThrow(/outside/);
    expect(() => addActivity(block, { name: "  " })).toThrow();
    addActivity(block, { name: "Avvio" }, "a");
    expect(() => setActivityMonth(block, "a", 9, true)).toThrow(/outside/);
    expect(() => setActivityRange(block, "a", { startMonth: 4, endMonth: 2 })).toThrow();
  });

  it("keep both activities when two partners add one at the same time", () => {
    const { doc: a } = newBlock(12);
    const b = new Y.Doc();
    exchange(a, b);
    const blockA = blockMap(a, "crono");
    const blockB = blockMap(b, "crono");
    if (!blockA || !blockB) throw new Error("block missing");
    addActivity(blockA, { name: "Accoglienza" }, "acc");
    addActivity(blockB, { name: "Orientamento al lavoro" }, "lav");
    exchange(a, b);
    expect(
      read(blockA)
        .activities.map((x) => x.id)
        .sort(),
    ).toEqual(["acc", "lav"]);
    expect(read(blockB)).toEqual(read(blockA));
  });

  it("keep both ticks when two people tick different months of one activity", () => {
    const { doc: a, block: blockA } = newBlock(12);
    addActivity(blockA, { name: "Formazione" }, "f");
    const b = new Y.Doc();
    exchange(a, b);
    const blockB = blockMap(b, "crono");
    if (!blockB) throw new Error("block missing");
    setActivityMonth(blockA, "f", 2, true);
    setActivityMonth(blockB, "f", 5, true);
    updateActivity(blockB, "f", { responsibleOrganisationId: "aps" });
    exchange(a, b);
    expect(read(blockA).activities[0]).toMatchObject({
      months: [2, 5],
      responsibleOrganisationId: "aps",
    });
  });

  it("untick, rename and remove activities", () => {
    const { block } = newBlock(6);
    addActivity(block, { name: "Avvio", months: [1, 2] }, "a");
    setActivityMonth(block, "a", 2, false);
    expect(updateActivity(block, "a", { name: "Avvio del servizio" })).toBe(true);
    expect(read(block).activities[0]).toMatchObject({ name: "Avvio del servizio", months: [1] });
    expect(removeActivity(block, "a")).toBe(true);
    expect(removeActivity(block, "a")).toBe(false);
    expect(updateActivity(block, "a", { name: "x" })).toBe(false);
  });

  it("report malformed data written by a client instead of trusting it", () => {
    const { block } = newBlock(6);
    addActivity(block, { name: "Avvio" }, "a");
    block.set("spanMonths", -3);
    expect(readCronoprogramma(block).success).toBe(false);
  });
});
