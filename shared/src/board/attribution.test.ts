import { describe, expect, it } from "vitest";
import { countsForSource, itemAttribution, sourceLine } from "./attribution.ts";
import type { BoardExtractItem } from "./board-outputs.ts";

const item = (patch: Partial<BoardExtractItem>): BoardExtractItem => ({
  noteId: "n1",
  text: "Alloggi sfitti",
  authorName: "Anna Rossi",
  organisationId: "meta",
  organisationName: "Cooperativa Meta",
  votes: null,
  ...patch,
});

const closed = (scope: { kind: "board" } | { kind: "frame"; frameId: string }) => ({
  scope,
  results: { counts: { n1: 3 }, ballots: 2, discarded: 0 },
});

describe("attribution of an inserted item", () => {
  it("credits the organisation, or the author who wrote for none, with the votes if any", () => {
    expect(itemAttribution(item({}))).toBe("Cooperativa Meta");
    expect(itemAttribution(item({ votes: 4 }))).toBe("Cooperativa Meta, 4 voti");
    expect(itemAttribution(item({ votes: 1 }))).toBe("Cooperativa Meta, 1 voto");
    expect(itemAttribution(item({ votes: 0 }))).toBe("Cooperativa Meta");
    expect(itemAttribution(item({ organisationId: null, organisationName: null, votes: 2 }))).toBe(
      "Anna Rossi, 2 voti",
    );
  });

  it("introduces the list with the board and the kind of output", () => {
    const heading = "Casa";
    expect(sourceLine("Bisogni", { source: { kind: "cluster", clusterId: "c" }, heading })).toBe(
      "Dalla lavagna «Bisogni», gruppo «Casa»",
    );
    expect(sourceLine("Bisogni", { source: { kind: "frame", frameId: "f" }, heading })).toBe(
      "Dalla lavagna «Bisogni», riquadro «Casa»",
    );
    expect(sourceLine("Bisogni", { source: { kind: "topVoted", limit: 5 }, heading })).toBe(
      "Dalla lavagna «Bisogni», le proposte più votate",
    );
  });

  it("shows a frame vote's counts only on that frame, a board vote's everywhere", () => {
    const cluster = { kind: "cluster" as const, clusterId: "c" };
    const frame = { kind: "frame" as const, frameId: "f1" };
    expect(countsForSource(cluster, closed({ kind: "board" }))).toEqual({ n1: 3 });
    expect(countsForSource(cluster, closed({ kind: "frame", frameId: "f1" }))).toBeUndefined();
    expect(countsForSource(frame, closed({ kind: "frame", frameId: "f1" }))).toEqual({ n1: 3 });
    expect(countsForSource(frame, closed({ kind: "frame", frameId: "f2" }))).toBeUndefined();
    expect(countsForSource(frame, null)).toBeUndefined();
  });
});
