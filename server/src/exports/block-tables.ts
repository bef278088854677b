import {
  type BlockData,
  COST_CATEGORY_LABELS,
  cronoprogrammaGrid,
  type Financer,
  FUNDING_SOURCE_LABELS,
  formatBasisPointsIt,
  monthLabel,
  pianoEconomicoTotals,
} from "@tavolo/shared";
import { euro, monthRanges } from "./format.ts";
import { type ExportBlock, type ExportTable, MONTH_MARK, plainRuns } from "./model.ts";

/** Organisation names by id, for the tables. */
export type NameOf = (organisationId: string) => string;

const PARTNER_ROLE = { capofila: "Capofila", partner: "Partner" } as const;
const GRID_MAX_MONTHS = 24;

const cells = (texts: readonly string[]) => texts.map((text) => plainRuns(text));
const boldCells = (texts: readonly string[]) =>
  texts.map((text) => plainRuns(text, { bold: true }));

function financerName(financer: Financer, nameOf: NameOf): string {
  return financer.kind === "organisation"
    ? nameOf(financer.organisationId)
    : FUNDING_SOURCE_LABELS[financer.source].it;
}

type Cronoprogramma = Extract<BlockData, { type: "cronoprogramma" }>;
type PianoEconomico = Extract<BlockData, { type: "pianoEconomico" }>;

function cronoprogrammaTable(data: Cronoprogramma, nameOf: NameOf): ExportTable {
  const grid = cronoprogrammaGrid(data);
  const responsible = (id: string | null) => (id ? nameOf(id) : "");
  if (grid.columns.length > GRID_MAX_MONTHS) {
    const rows = data.activities.map((a) =>
      cells([a.name, responsible(a.responsibleOrganisationId), monthRanges(a.months)]),
    );
    const columns = cells(["Attività", "Ente responsabile", "Mesi"]);
    return { caption: "Cronoprogramma delle attività", columns, rows, footer: null, grid: false };
  }
  const start = data.firstMonth ? ` (mese 1 = ${monthLabel(data.firstMonth, 1)})` : "";
  return {
    caption: `Cronoprogramma delle attività, per mese di progetto${start}`,
    columns: cells(["Attività", "Ente responsabile", ...grid.columns.map((c) => String(c.month))]),
    rows: grid.rows.map((row) =>
      cells([
        row.name,
        responsible(row.responsibleOrganisationId),
        ...row.cells.map((on) => (on ? MONTH_MARK : "")),
      ]),
    ),
    footer: null,
    grid: true,
  };
}

/**
 * The piano economico as the editor shows it: the cost items with the project's total cost,
 * the coverage per source with its share, and the partners' co-financing with each partner's
 * part of it; every figure from `pianoEconomicoTotals`, the one computation the editor uses.
 */
function pianoBlocks(data: PianoEconomico, nameOf: NameOf): ExportBlock[] {
  const totals = pianoEconomicoTotals(data.items);
  const items: ExportTable = {
    caption: "Piano economico: voci di costo",
    columns: cells(["Voce di costo", "Categoria", "Finanziato da", "In natura", "Importo"]),
    rows: data.items.map((item) =>
      cells([
        item.description,
        COST_CATEGORY_LABELS[item.category].it,
        financerName(item.financedBy, nameOf),
        item.inKind ? "sì" : "no",
        euro(item.amountCents),
      ]),
    ),
    footer: boldCells(["Costo totale del progetto", "", "", "", euro(totals.totalCents)]),
    grid: false,
  };
  const blocks: ExportBlock[] = [{ kind: "table", table: items }];
  if (totals.byFinancer.length > 0) {
    const coverage: ExportTable = {
      caption: "Copertura per fonte",
      columns: cells(["Fonte", "Importo", "Quota"]),
      rows: totals.byFinancer.map((entry) =>
        cells([
          financerName(entry.financer, nameOf),
          euro(entry.amountCents),
          formatBasisPointsIt(entry.shareBasisPoints),
        ]),
      ),
      footer: null,
      grid: false,
    };
    blocks.push({ kind: "table", table: coverage });
  }
  return [...blocks, ...cofinancingBlocks(totals.cofinancing, nameOf)];
}

function cofinancingBlocks(
  cofinancing: ReturnType<typeof pianoEconomicoTotals>["cofinancing"],
  nameOf: NameOf,
): ExportBlock[] {
  if (cofinancing.amountCents === 0) {
    return [{ kind: "paragraph", runs: plainRuns("Nessun co-finanziamento degli enti partner.") }];
  }
  const summary =
    `Co-finanziamento degli enti partner: ${euro(cofinancing.amountCents)} ` +
    `(${formatBasisPointsIt(cofinancing.shareBasisPoints)} del costo totale), ` +
    `di cui ${euro(cofinancing.inKindCents)} in natura.`;
  const partners = cofinancing.byOrganisation.map((entry) => [
    {
      kind: "paragraph" as const,
      runs: plainRuns(
        `${nameOf(entry.organisationId)}: ${euro(entry.amountCents)} ` +
          `(${formatBasisPointsIt(entry.shareBasisPoints)} del co-finanziamento)`,
      ),
    },
  ]);
  return [
    { kind: "paragraph", runs: plainRuns(summary) },
    { kind: "list", ordered: false, start: 1, items: partners },
  ];
}

/** A structured block as the editor shows it, with the names of the organisations it names. */
export function structuredBlocks(data: BlockData, nameOf: NameOf): ExportBlock[] {
  if (data.type === "cronoprogramma") {
    return [{ kind: "table", table: cronoprogrammaTable(data, nameOf) }];
  }
  if (data.type === "pianoEconomico") return pianoBlocks(data, nameOf);
  const table: ExportTable = {
    caption: "Enti del partenariato",
    columns: cells(["Ente", "Ruolo", "Responsabilità", "Risorse messe a disposizione"]),
    rows: data.members.map((m) =>
      cells([nameOf(m.organisationId), PARTNER_ROLE[m.role], m.responsibilities, m.resources]),
    ),
    footer: null,
    grid: false,
  };
  return [{ kind: "table", table }];
}
