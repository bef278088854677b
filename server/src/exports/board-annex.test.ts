import type { CanonicalBoardOutput, CanonicalDocument } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { BOARD_ANNEX_TITLE, boardAnnex } from "./board-annex.ts";
import { plainRuns } from "./model.ts";

const base: CanonicalDocument = {
  format: "tavolo.documento/1",
  templateId: null,
  templateVersion: null,
  content: { type: "doc", content: [{ type: "paragraph" }] },
  blocks: {},
};

const cluster: CanonicalBoardOutput = {
  id: "q1",
  boardId: "b1",
  source: { kind: "cluster", clusterId: "c1" },
  heading: "Casa",
  boardTitle: "Bisogni",
  extract: {
    source: { kind: "cluster", clusterId: "c1" },
    heading: "Casa",
    items: [
      {
        noteId: "n1",
        text: "Alloggi\nsfitti",
        authorName: "Anna Rossi",
        organisationId: "meta",
        organisationName: "Cooperativa Meta",
        votes: 3,
      },
      {
        noteId: "n2",
        text: "Mappare gli immobili",
        authorName: "Giulia Rossi",
        organisationId: null,
        organisationName: null,
        votes: null,
      },
    ],
  },
};

describe("the annex of board materials", () => {
  it("is left out when the text quotes no board", () => {
    expect(boardAnnex(base)).toBeNull();
  });

  it("lists each output under its board, each note with author, organisation and votes", () => {
    const annex = boardAnnex({ ...base, boardOutputs: [cluster] });
    expect(annex?.title).toBe(BOARD_ANNEX_TITLE);
    expect(annex?.blocks.slice(1)).toEqual([
      { kind: "heading", level: 3, runs: plainRuns("Lavagna «Bisogni», gruppo «Casa»") },
      {
        kind: "list",
        ordered: false,
        start: 1,
        items: [
          [
            {
              kind: "paragraph",
              runs: plainRuns("Alloggi sfitti (Anna Rossi, Cooperativa Meta; 3 voti)"),
            },
          ],
          [{ kind: "paragraph", runs: plainRuns("Mappare gli immobili (Giulia Rossi)") }],
        ],
      },
    ]);
  });

  it("says so when an output was no longer on its board at the freeze", () => {
    const gone = { ...cluster, boardTitle: null, extract: null };
    expect(boardAnnex({ ...base, boardOutputs: [gone] })?.blocks.slice(1)).toEqual([
      { kind: "heading", level: 3, runs: plainRuns("Lavagna non disponibile, gruppo «Casa»") },
      {
        kind: "paragraph",
        runs: plainRuns("Non più presente sulla lavagna al momento del congelamento."),
      },
    ]);
  });
});
