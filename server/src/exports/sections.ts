import {
  type BlockData,
  type CanonicalDocument,
  COST_CATEGORY_LABELS,
  cronoprogrammaGrid,
  DOCUMENT_NODE,
  type Financer,
  FUNDING_SOURCE_LABELS,
  findProposalTemplate,
  monthLabel,
  type PMNodeJSON,
  pianoEconomicoTotals,
  plainText,
  stringAttr,
} from "@tavolo/shared";
import { boardAnnex } from "./board-annex.ts";
import { euro, monthRanges } from "./format.ts";
import { type ExportBlock, type ExportSection, type ExportTable, MONTH_MARK } from "./model.ts";
import { textTable } from "./text-table.ts";

/** Organisation names by id, for the tables. */
export type NameOf = (organisationId: string) => string;

const PARTNER_ROLE = { capofila: "Capofila", partner: "Partner" } as const;
const GRID_MAX_MONTHS = 24;

function financerName(financer: Financer, nameOf: NameOf): string {
  return financer.kind === "organisation"
    ? nameOf(financer.organisationId)
    : FUNDING_SOURCE_LABELS[financer.source].it;
}

function cronoprogrammaTable(data: Extract<BlockData, { type: "cronoprogramma" }>, nameOf: NameOf) {
  const grid = cronoprogrammaGrid(data);
  const responsible = (id: string | null) => (id ? nameOf(id) : "");
  if (grid.columns.length > GRID_MAX_MONTHS) {
    const rows = data.activities.map((a) => [
      a.name,
      responsible(a.responsibleOrganisationId),
      monthRanges(a.months),
    ]);
    const columns = ["Attività", "Responsabile", "Mesi"];
    return { caption: "Cronoprogramma", columns, rows, footer: null, grid: false };
  }
  const start = data.firstMonth ? ` (mese 1 = ${monthLabel(data.firstMonth, 1)})` : "";
  return {
    caption: `Cronoprogramma, per mese di progetto${start}`,
    columns: ["Attività", "Responsabile", ...grid.columns.map((c) => String(c.month))],
    rows: grid.rows.map((row) => [
      row.name,
      responsible(row.responsibleOrganisationId),
      ...row.cells.map((on) => (on ? MONTH_MARK : "")),
    ]),
    footer: null,
    grid: true,
  };
}

function pianoTable(data: Extract<BlockData, { type: "pianoEconomico" }>, nameOf: NameOf) {
  const totals = pianoEconomicoTotals(data.items);
  return {
    caption: "Piano economico",
    columns: ["Voce di costo", "Categoria", "Finanziata da", "In natura", "Importo"],
    rows: data.items.map((item) => [
      item.description,
      COST_CATEGORY_LABELS[item.category].it,
      financerName(item.financedBy, nameOf),
      item.inKind ? "sì" : "no",
      euro(item.amountCents),
    ]),
    footer: [
      "Totale",
      "",
      "",
      `co-finanziamento ${euro(totals.cofinancing.amountCents)}`,
      euro(totals.totalCents),
    ],
    grid: false,
  };
}

/** A structured block as a table, with the names of the organisations it refers to. */
export function blockTable(data: BlockData, nameOf: NameOf): ExportTable {
  if (data.type === "cronoprogramma") return cronoprogrammaTable(data, nameOf);
  if (data.type === "pianoEconomico") return pianoTable(data, nameOf);
  return {
    caption: "Partenariato",
    columns: ["Ente", "Ruolo", "Responsabilità", "Risorse messe a disposizione"],
    rows: data.members.map((m) => [
      nameOf(m.organisationId),
      PARTNER_ROLE[m.role],
      m.responsibilities,
      m.resources,
    ]),
    footer: null,
    grid: false,
  };
}

/** Numbers the tables written in the text, in document order ("Tabella 1", "Tabella 2"...). */
interface TableCounter {
  count: number;
}

function nodeBlocks(
  node: PMNodeJSON,
  document: CanonicalDocument,
  nameOf: NameOf,
  tables: TableCounter,
): ExportBlock[] {
  if (node.type === "table") {
    const table = textTable(node, `Tabella ${tables.count + 1}`);
    if (!table) return [];
    tables.count += 1;
    return [{ kind: "table", table }];
  }
  if (node.type === DOCUMENT_NODE.structuredBlock) {
    const data = document.blocks[stringAttr(node, "blockId") ?? ""];
    return data ? [{ kind: "table", table: blockTable(data, nameOf) }] : [];
  }
  if (node.type === "bulletList" || node.type === "orderedList") {
    return (node.content ?? []).map((item, index) => ({
      kind: "bullet",
      text: `${node.type === "orderedList" ? `${index + 1}.` : "•"} ${plainText([item])}`,
    }));
  }
  const text = plainText([node]);
  if (node.type === "heading") return [{ kind: "heading", text }];
  return text === "" ? [] : [{ kind: "paragraph", text }];
}

function sectionTitle(document: CanonicalDocument, key: string | null, heading: string): string {
  if (heading.trim() !== "") return heading;
  const template = document.templateId ? findProposalTemplate(document.templateId) : undefined;
  return template?.sections.find((s) => s.key === key)?.title ?? "Premessa";
}

/**
 * The document's sections in order, each with its title, paragraphs and tables, then the annex
 * of board materials when the text quotes a board.
 */
export function exportSections(document: CanonicalDocument, nameOf: NameOf): ExportSection[] {
  const sections: ExportSection[] = [];
  const tables: TableCounter = { count: 0 };
  for (const node of document.content.content ?? []) {
    if (node.type === DOCUMENT_NODE.sectionHeading) {
      const title = sectionTitle(document, stringAttr(node, "sectionKey"), plainText([node]));
      sections.push({ title, blocks: [] });
      continue;
    }
    let current = sections.at(-1);
    if (!current) {
      current = { title: "Premessa", blocks: [] };
      sections.push(current);
    }
    current.blocks.push(...nodeBlocks(node, document, nameOf, tables));
  }
  const annex = boardAnnex(document);
  return annex ? [...sections, annex] : sections;
}
