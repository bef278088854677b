import {
  addActivity,
  addCostItem,
  blockMap,
  canonicalDocumentFromYDoc,
  getProposalTemplate,
  initialiseDocument,
} from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { monthRanges } from "./format.ts";
import { type ExportTable, MONTH_MARK, plainRuns, runsText } from "./model.ts";
import { exportSections } from "./sections.ts";

function proposal() {
  const doc = new Y.Doc();
  initialiseDocument(doc, getProposalTemplate("proposta-art55"));
  const crono = blockMap(doc, "cronoprogramma");
  const piano = blockMap(doc, "piano_economico");
  if (!crono || !piano) throw new Error("no blocks");
  addActivity(crono, { name: "Sportello", responsibleOrganisationId: "coop", months: [2, 3] });
  addCostItem(piano, {
    description: "Educatore",
    category: "personale",
    amountCents: 123_456,
    financedBy: { kind: "organisation", organisationId: "coop" },
    inKind: true,
  });
  const result = canonicalDocumentFromYDoc(doc);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.document;
}

describe("exportSections", () => {
  const names = (id: string) => (id === "coop" ? "Cooperativa Il Ponte" : "?");

  it("gives the template's sections in order, with their tables and partner names", () => {
    const sections = exportSections(proposal(), names);
    const template = getProposalTemplate("proposta-art55");
    expect(sections.map((s) => s.title)).toEqual(template.sections.map((s) => s.title));
    const tables = sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])),
    );
    const texts = (t: ExportTable | undefined) => ({
      rows: t?.rows.map((row) => row.map(runsText)),
      footer: t?.footer?.map(runsText),
    });
    const crono = tables.find((t) => t.grid);
    expect(texts(crono).rows?.[0]?.slice(0, 5)).toEqual([
      "Sportello",
      "Cooperativa Il Ponte",
      "",
      MONTH_MARK,
      MONTH_MARK,
    ]);
    const piano = texts(tables.find((t) => t.caption === "Piano economico: voci di costo"));
    expect(piano.rows?.[0]).toEqual([
      "Educatore",
      "Personale",
      "Cooperativa Il Ponte",
      "sì",
      "1.234,56\u00a0€",
    ]);
    // The total row says what it is, under the right column (not "co-finanziamento" as in-kind).
    expect(piano.footer).toEqual(["Costo totale del progetto", "", "", "", "1.234,56\u00a0€"]);
  });
});

describe("tables written in the text", () => {
  it("export as numbered tables with the first row as header, padded to a rectangle", () => {
    const cell = (type: string, text: string) => ({
      type,
      content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }],
    });
    const document = proposal();
    const table = {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", "Ente"), cell("tableHeader", "Ore")] },
        { type: "tableRow", content: [cell("tableCell", "Coop Il Ponte")] },
      ],
    };
    const content = { ...document.content, content: [...(document.content.content ?? []), table] };
    const sections = exportSections({ ...document, content }, () => "?");
    const last = sections.at(-1)?.blocks.at(-1);
    expect(last).toEqual({
      kind: "table",
      table: {
        caption: "Tabella 1",
        columns: [plainRuns("Ente"), plainRuns("Ore")],
        rows: [[plainRuns("Coop Il Ponte"), []]],
        footer: null,
        grid: false,
      },
    });
  });
});

describe("monthRanges", () => {
  it("writes runs of months as ranges", () => {
    expect(monthRanges([1, 2, 3, 5, 7, 8])).toBe("1–3, 5, 7–8");
    expect(monthRanges([])).toBe("");
  });
});
