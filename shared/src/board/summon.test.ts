import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readSummon, summonEveryone, summonedViewport } from "./summon.ts";

describe("Porta tutti qui", () => {
  it("centres the facilitator's view on every screen size", () => {
    const control = new Y.Doc();
    summonEveryone(
      control,
      { personId: "giulia", name: "Giulia" },
      { viewport: { x: 100, y: 50, zoom: 2 }, size: { w: 800, h: 600 } },
      { holdMs: 5000, now: 0, id: "s1" },
    );
    const summon = readSummon(control);
    expect(summon?.centre).toEqual({ x: 300, y: 200 });
    expect(summon && summonedViewport(summon, { w: 400, h: 200 })).toEqual({
      x: 200,
      y: 150,
      zoom: 2,
    });
  });

  it("refuses a hold longer than a minute", () => {
    const control = new Y.Doc();
    const call = () =>
      summonEveryone(
        control,
        { personId: "giulia", name: "Giulia" },
        { viewport: { x: 0, y: 0, zoom: 1 }, size: { w: 10, h: 10 } },
        { holdMs: 120_000, now: 0, id: "s1" },
      );
    expect(call).toThrow();
    expect(readSummon(control)).toBeNull();
  });
});
