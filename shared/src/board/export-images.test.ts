import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesToCsv } from "./export-csv.ts";
import { boardToSvg } from "./export-svg.ts";
import { addFrame } from "./frames.ts";
import { addImage } from "./images.ts";
import { readBoard } from "./snapshot.ts";

function boardWithPhoto() {
  const doc = new Y.Doc();
  addFrame(doc, { title: "Bisogni", x: 0, y: 0, w: 800, h: 600 }, { newId: () => "f" });
  const photo = { hash: "c".repeat(64), type: "image/jpeg" as const, alt: "Il muro dei post-it" };
  addImage(doc, { ...photo, x: 100, y: 100, w: 400, h: 300 }, "anna", { newId: () => "i" });
  return doc;
}

describe("photos in the exports", () => {
  it("are embedded in the SVG when their bytes are given, described otherwise", () => {
    const board = readBoard(boardWithPhoto());
    const pictures = new Map([["c".repeat(64), "data:image/jpeg;base64,AAAA"]]);
    const embedded = boardToSvg(board, { organisations: new Map(), pictures }).svg;
    expect(embedded).toContain('<image x="100" y="100" width="400" height="300"');
    expect(embedded).toContain("data:image/jpeg;base64,AAAA");
    const described = boardToSvg(board, { organisations: new Map() }).svg;
    expect(described).toContain("Il muro dei post-it");
    expect(described).not.toContain("<image");
  });

  it("are listed in the CSV after the notes, with their frame", () => {
    const csv = notesToCsv(readBoard(boardWithPhoto()), { organisations: new Map() });
    expect(csv.split("\r\n")[1]).toBe("[Foto] Il muro dei post-it;;;Bisogni;;");
  });
});
