import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addConnector } from "./connectors.ts";
import { boardToSvg } from "./export-svg.ts";
import { addLabel } from "./labels.ts";
import { addNote } from "./notes.ts";
import { COUNTS, workshopBoard } from "./output-fixture.ts";
import { readBoard } from "./snapshot.ts";
import { ANNA, ORGANISATIONS } from "./test-support.ts";

function exported(board = workshopBoard(), counts = COUNTS) {
  return boardToSvg(readBoard(board), {
    organisations: ORGANISATIONS,
    counts,
    title: "Laboratorio <risorse> & bisogni",
  });
}

/** Text of every <text> element, tags stripped and entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) =>
    (match[1] ?? "")
      .replace(/<tspan[^>]*>/g, "")
      .replace(/<\/tspan>/g, " ")
      .replaceAll("&quot;", '"')
      .replaceAll("&apos;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&")
      .trim(),
  );
}

describe("the board as SVG", () => {
  it("is a standalone SVG document sized to the content plus margins and heading", () => {
    const { svg, width, height } = exported();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    // Content spans x 0..2200 (the note outside every frame ends at 2000 + 200) and y -4..2160
    // (the cluster's name sits above its outline, 18 + 26 above its top note at y 40).
    expect(width).toBe(2200 + 2 * 40);
    expect(height).toBe(2164 + 2 * 40 + 60);
    expect(svg).not.toMatch(/href="http|@import|<image/);
  });

  it("draws frames, notes with their author and organisation, clusters and votes", () => {
    const all = texts(exported().svg);
    expect(all).toContain("Bisogni");
    expect(all).toContain("Risorse");
    expect(all).toContain("Alloggi sfitti");
    expect(all).toContain("Anna Rossi · Cooperativa Meta");
    expect(all).toContain("Luca Bianchi · La Cordata");
    expect(all).toContain("Casa");
    expect(all).toContain("4 voti");
    expect(all).toContain("1 voto");
    expect(all.some((text) => text.startsWith("Palazzina di via Roma"))).toBe(true);
  });

  it("escapes what people typed, in text and in the title", () => {
    const { svg } = exported();
    expect(svg).toContain("<title>Laboratorio &lt;risorse&gt; &amp; bisogni</title>");
    expect(svg).toContain("Sfratti &quot;per");
    expect(texts(svg).join(" ")).toContain('Sfratti "per morosità",');
  });

  it("draws a hidden card as hidden, without its text", () => {
    const { svg } = exported();
    expect(svg).not.toContain("segreto");
    expect(texts(svg)).toContain("Nota nascosta");
    expect(svg).toContain('fill="url(#tavolo-hidden)"');
  });

  it("draws connectors as arrows with their label, and labels as text", () => {
    const board = workshopBoard();
    addConnector(board, { from: "b1", to: "r1", label: "serve a" }, { newId: () => "k1" });
    addLabel(board, { text: "Asse delle risorse", x: 0, y: -80, size: "grande" });
    const { svg } = exported(board);
    expect(svg.match(/marker-end="url\(#tavolo-arrow\)"/g)).toHaveLength(1);
    expect(texts(svg)).toContain("serve a");
    expect(texts(svg)).toContain("Asse delle risorse");
  });

  it("shows no vote badge before a vote closed", () => {
    expect(
      texts(boardToSvg(readBoard(workshopBoard()), { organisations: ORGANISATIONS }).svg),
    ).not.toContain("4 voti");
  });

  it("wraps a long note inside its card and marks what did not fit", () => {
    const board = new Y.Doc();
    const long = "parola ".repeat(80).trim();
    addNote(board, { text: long, x: 0, y: 0, w: 200, h: 160 }, ANNA);
    const noteText = texts(boardToSvg(readBoard(board), { organisations: new Map() }).svg)[0];
    expect(noteText?.endsWith("…")).toBe(true);
    expect((noteText?.match(/parola/g) ?? []).length).toBeLessThan(80);
  });

  it("says the board is empty rather than drawing nothing", () => {
    const { svg, width } = boardToSvg(readBoard(new Y.Doc()), { organisations: new Map() });
    expect(texts(svg)).toContain("Lavagna vuota");
    expect(width).toBeGreaterThan(0);
  });
});
