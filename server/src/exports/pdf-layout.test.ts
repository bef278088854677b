import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { goldenExport } from "./golden-document.ts";
import { type ExportBlock, type ExportDocument, plainRuns } from "./model.ts";
import { toPdf } from "./pdf.ts";

const LONELY = ["Titolo in fondo", "Tabella in fondo", "Colonna A", "Colonna B"];

/** `lines` one-line paragraphs, then a heading with its text and a table. */
function withFiller(lines: number): ExportDocument {
  const filler: ExportBlock[] = Array.from({ length: lines }, (_, i) => ({
    kind: "paragraph",
    runs: plainRuns(`Riga ${i + 1}`),
  }));
  const table = {
    caption: "Tabella in fondo",
    columns: [plainRuns("Colonna A"), plainRuns("Colonna B")],
    rows: [[plainRuns("valore"), plainRuns("1")]],
    footer: null,
    grid: false,
  };
  const blocks: ExportBlock[] = [
    ...filler,
    { kind: "heading", level: 3, runs: plainRuns("Titolo in fondo") },
    { kind: "paragraph", runs: plainRuns("Testo dopo il titolo") },
    { kind: "table", table },
    { kind: "paragraph", runs: plainRuns("Fine") },
  ];
  return { ...goldenExport(), sections: [{ title: "Sezione", blocks }] };
}

/** Each page's lines of text, without the footer (impronta and page number). */
async function pageLines(d: ExportDocument): Promise<string[][]> {
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
    input: await toPdf(d),
  }).toString();
  return text.split("\f").map((page) =>
    page
      .split("\n")
      .map((line) => line.trim())
      .filter(
        (line) => line !== "" && !/^(Proposta progettuale — SHA-256|Pagina \d+ di)/.test(line),
      ),
  );
}

describe("the PDF's page breaks", () => {
  it("never leave a heading or a table's caption and header alone at the foot of a page", async () => {
    // How many filler lines fill the first page of the text (the cover is page 1).
    const probe = await pageLines(withFiller(80));
    const fit = Math.max(
      ...(probe[1] ?? []).map((line) => Number(/^Riga (\d+)$/.exec(line)?.[1] ?? 0)),
    );
    expect(fit).toBeGreaterThan(10);
    // Each position the heading and the table can take in the last lines of that page.
    for (let lines = fit - 7; lines <= fit; lines++) {
      const pages = await pageLines(withFiller(lines));
      for (const page of pages) {
        expect(LONELY, `${lines} lines: page ends "${page.at(-1)}"`).not.toContain(page.at(-1));
      }
    }
  }, 120_000);
});
