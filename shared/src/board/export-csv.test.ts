import { describe, expect, it } from "vitest";
import { csvField, notesToCsv, toCsv } from "./export-csv.ts";
import { COUNTS, workshopBoard } from "./output-fixture.ts";
import { readBoard } from "./snapshot.ts";
import { ORGANISATIONS } from "./test-support.ts";

describe("CSV fields", () => {
  it.each([
    ["semplice", "semplice"],
    ["a, b", '"a, b"'],
    ['dice "casa"', '"dice ""casa"""'],
    ["riga 1\nriga 2", '"riga 1\nriga 2"'],
    ["riga\r\n", '"riga\r\n"'],
    ["", ""],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-2 posti", "'-2 posti"],
    ["@utente, ciao", '"\'@utente, ciao"'],
    ["perché è così", "perché è così"],
    ["uno; due", '"uno; due"'],
  ])("%j is written as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("are split by semicolons for Italian Excel, and end every row with CRLF", () => {
    expect(toCsv([["a", "b"], ["c"]])).toBe("a;b\r\nc\r\n");
    expect(toCsv([["a", "b"]], ",")).toBe("a,b\r\n");
  });
});

describe("notes as CSV", () => {
  it("has an Italian header and one row per visible note, frame by frame", () => {
    const csv = notesToCsv(readBoard(workshopBoard()), {
      organisations: ORGANISATIONS,
      counts: COUNTS,
    });
    expect(csv.split("\r\n")).toEqual([
      "Testo;Autore;Organizzazione;Riquadro;Gruppo;Voti",
      "Alloggi sfitti;Anna Rossi;Cooperativa Meta;Bisogni;Casa;2",
      "Solitudine degli anziani;Luca Bianchi;La Cordata;Bisogni;;1",
      '"Sfratti ""per morosità"", in crescita";Luca Bianchi;La Cordata;Bisogni;Casa;2',
      '"Palazzina di via Roma, 300 mq";Anna Rossi;Cooperativa Meta;Risorse;Casa;4',
      "'=1+1 volontari;Luca Bianchi;La Cordata;Risorse;;0",
      "Fuori da tutto;Anna Rossi;Cooperativa Meta;;;4",
      "",
    ]);
    expect(csv).not.toContain("segreto");
  });

  it("leaves the votes of notes outside a frame vote empty, not 0", () => {
    const csv = notesToCsv(readBoard(workshopBoard()), {
      organisations: ORGANISATIONS,
      counts: { r1: 4 },
      voteScope: { kind: "frame", frameId: "f-risorse" },
      separator: ",",
    });
    const rows = csv.split("\r\n");
    expect(rows[1]).toBe("Alloggi sfitti,Anna Rossi,Cooperativa Meta,Bisogni,Casa,");
    expect(rows[4]).toBe(
      '"Palazzina di via Roma, 300 mq",Anna Rossi,Cooperativa Meta,Risorse,Casa,4',
    );
    expect(rows[5]).toBe("'=1+1 volontari,Luca Bianchi,La Cordata,Risorse,,0");
    expect(rows[6]).toBe("Fuori da tutto,Anna Rossi,Cooperativa Meta,,,");
  });

  it("leaves the votes column empty when no vote has closed", () => {
    const csv = notesToCsv(readBoard(workshopBoard()), {
      organisations: new Map(),
      separator: ",",
    });
    expect(csv.split("\r\n")[1]).toBe("Alloggi sfitti,Anna Rossi,,Bisogni,Casa,");
  });
});
