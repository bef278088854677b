import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { blockMap } from "./document-shape.ts";
import {
  type CostItem,
  CostItemSchema,
  type Financer,
  financerKey,
  parseFinancerKey,
  pianoEconomicoTotals,
} from "./piano-economico.ts";
import {
  addCostItem,
  createPianoEconomicoBlock,
  readPianoEconomico,
  removeCostItem,
  updateCostItem,
} from "./piano-economico-yjs.ts";
import { formatBasisPointsIt, sharesInBasisPoints } from "./shares.ts";

const pnrr: Financer = { kind: "fund", source: "pnrr" };
const coop: Financer = { kind: "organisation", organisationId: "coop-giotto" };
const aps: Financer = { kind: "organisation", organisationId: "aps-popoli" };

function item(
  id: string,
  amountCents: number,
  financedBy: Financer,
  extra: Partial<CostItem> = {},
) {
  return CostItemSchema.parse({
    id,
    description: `Voce ${id}`,
    category: "personale",
    amountCents,
    financedBy,
    inKind: false,
    ...extra,
  });
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("shares in basis points", () => {
  it("add up to exactly 100 % when thirds cannot", () => {
    const shares = sharesInBasisPoints([1, 1, 1]);
    expect(shares).toEqual([3334, 3333, 3333]);
    expect(shares.reduce((a, b) => a + b)).toBe(10_000);
  });

  it("give nothing to zero amounts and nothing at all when the total is zero", () => {
    expect(sharesInBasisPoints([0, 5, 0])).toEqual([0, 10_000, 0]);
    expect(sharesInBasisPoints([0, 0])).toEqual([0, 0]);
  });

  it("stay exact for very large amounts", () => {
    const shares = sharesInBasisPoints([9_000_000_000_000, 1_000_000_000_000, 7]);
    expect(shares.reduce((a, b) => a + b)).toBe(10_000);
    expect(shares[0]).toBe(9000);
  });

  it("write percentages the Italian way", () => {
    expect(formatBasisPointsIt(1234)).toBe("12,34 %");
    expect(formatBasisPointsIt(10_000)).toBe("100,00 %");
    expect(formatBasisPointsIt(5)).toBe("0,05 %");
  });
});

describe("piano economico", () => {
  it("refuse negative and fractional amounts", () => {
    expect(CostItemSchema.safeParse({ ...item("a", 1, pnrr), amountCents: -100 }).success).toBe(
      false,
    );
    expect(CostItemSchema.safeParse({ ...item("a", 1, pnrr), amountCents: 10.5 }).success).toBe(
      false,
    );
  });

  it("encode who pays as one string and read it back", () => {
    expect(financerKey(coop)).toBe("org:coop-giotto");
    expect(parseFinancerKey("org:coop-giotto")).toEqual(coop);
    expect(parseFinancerKey("fund:pnrr")).toEqual(pnrr);
    expect(parseFinancerKey("fund:lotteria")).toBeNull();
    expect(parseFinancerKey("coop")).toBeNull();
  });

  it("total by category and financer, and split the co-financing among partners", () => {
    const totals = pianoEconomicoTotals([
      item("1", 80_000_00, pnrr, { category: "lavori" }),
      item("2", 10_000_00, coop),
      item("3", 5_000_00, aps, { inKind: true }),
      item("4", 5_000_00, coop, { category: "immobili", inKind: true }),
    ]);
    expect(totals.totalCents).toBe(100_000_00);
    expect(totals.byCategory).toEqual([
      { category: "personale", amountCents: 15_000_00 },
      { category: "lavori", amountCents: 80_000_00 },
      { category: "immobili", amountCents: 5_000_00 },
    ]);
    expect(totals.byFinancer.map((f) => [financerKey(f.financer), f.shareBasisPoints])).toEqual([
      ["fund:pnrr", 8000],
      ["org:coop-giotto", 1500],
      ["org:aps-popoli", 500],
    ]);
    expect(totals.cofinancing).toEqual({
      amountCents: 20_000_00,
      inKindCents: 10_000_00,
      shareBasisPoints: 2000,
      byOrganisation: [
        { organisationId: "coop-giotto", amountCents: 15_000_00, shareBasisPoints: 7500 },
        { organisationId: "aps-popoli", amountCents: 5_000_00, shareBasisPoints: 2500 },
      ],
    });
  });

  it("compute zero shares for an empty plan", () => {
    const totals = pianoEconomicoTotals([]);
    expect(totals.totalCents).toBe(0);
    expect(totals.cofinancing.shareBasisPoints).toBe(0);
  });
});

describe("piano economico in Yjs", () => {
  it("keep both items when two partners add a budget row at the same time", () => {
    const a = new Y.Doc();
    createPianoEconomicoBlock(a, "budget");
    const b = new Y.Doc();
    exchange(a, b);
    const blockA = blockMap(a, "budget");
    const blockB = blockMap(b, "budget");
    if (!blockA || !blockB) throw new Error("block missing");
    addCostItem(
      blockA,
      { description: "Educatore", category: "personale", amountCents: 3_000_000, financedBy: pnrr },
      "x",
    );
    addCostItem(
      blockB,
      {
        description: "Sala riunioni",
        category: "immobili",
        amountCents: 200_000,
        financedBy: coop,
        inKind: true,
      },
      "y",
    );
    exchange(a, b);
    const read = readPianoEconomico(blockA);
    expect(read.success && read.data.items.map((i) => i.id).sort()).toEqual(["x", "y"]);
    expect(readPianoEconomico(blockB)).toEqual(read);
  });

  it("keep an amount corrected by one person and a financer changed by another", () => {
    const a = new Y.Doc();
    const block = createPianoEconomicoBlock(a, "budget");
    addCostItem(
      block,
      { description: "Mensa", category: "servizi", amountCents: 100, financedBy: pnrr },
      "m",
    );
    const b = new Y.Doc();
    exchange(a, b);
    const blockB = blockMap(b, "budget");
    if (!blockB) throw new Error("block missing");
    updateCostItem(block, "m", { amountCents: 250 });
    updateCostItem(blockB, "m", { financedBy: aps });
    exchange(a, b);
    const read = readPianoEconomico(block);
    expect(read.success && read.data.items[0]).toMatchObject({ amountCents: 250, financedBy: aps });
  });

  it("refuse a negative amount on write and report one written by a bad client", () => {
    const doc = new Y.Doc();
    const block = createPianoEconomicoBlock(doc, "budget");
    expect(() =>
      addCostItem(block, {
        description: "x",
        category: "altro",
        amountCents: -1,
        financedBy: pnrr,
      }),
    ).toThrow(/negative/);
    addCostItem(
      block,
      { description: "Affitto", category: "immobili", amountCents: 5, financedBy: pnrr },
      "r",
    );
    expect(() => updateCostItem(block, "r", { amountCents: -5 })).toThrow(/negative/);
    const rows = block.get("items");
    if (!(rows instanceof Y.Array)) throw new Error("no rows");
    rows.get(0).set("amountCents", -5);
    const read = readPianoEconomico(block);
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]?.path).toEqual(["items", 0, "amountCents"]);
  });

  it("remove an item once", () => {
    const doc = new Y.Doc();
    const block = createPianoEconomicoBlock(doc, "budget");
    addCostItem(
      block,
      { description: "Affitto", category: "immobili", amountCents: 5, financedBy: pnrr },
      "r",
    );
    expect(removeCostItem(block, "r")).toBe(true);
    expect(removeCostItem(block, "r")).toBe(false);
    expect(() =>
      addCostItem(createCrono(), {
        description: "x",
        category: "altro",
        amountCents: 1,
        financedBy: pnrr,
      }),
    ).toThrow(/expected a pianoEconomico block/);
  });
});

function createCrono(): Y.Map<unknown> {
  const doc = new Y.Doc();
  const block = new Y.Map<unknown>([["type", "cronoprogramma"]]);
  doc.getMap("blocks").set("c", block);
  return block;
}
