import { z } from "zod";
import { OrganisationRefSchema } from "./document-shape.ts";
import { sharesInBasisPoints } from "./shares.ts";
import { RowIdSchema } from "./y-rows.ts";

/**
 * The piano economico: cost items, each with an amount in euro cents and who finances it, a
 * partner organisation or a public or private fund. Totals and shares are computed, never
 * stored, so they cannot disagree with the items.
 */
export const MAX_COST_ITEMS = 500;
/** 100 million euro per item: far above any co-progettazione, far below unsafe integers. */
export const MAX_ITEM_CENTS = 10_000_000_000;

export const CostCategorySchema = z.enum([
  "personale",
  "lavori",
  "attrezzature",
  "immobili",
  "servizi",
  "comunicazione",
  "spese_generali",
  "altro",
]);
export type CostCategory = z.infer<typeof CostCategorySchema>;

export const COST_CATEGORY_LABELS: Record<CostCategory, { it: string; en: string }> = {
  personale: { it: "Personale", en: "Staff" },
  lavori: { it: "Lavori di adeguamento e ristrutturazione", en: "Building works" },
  attrezzature: { it: "Attrezzature e arredi", en: "Equipment and furniture" },
  immobili: { it: "Locazioni, utenze e manutenzione", en: "Rent, utilities and upkeep" },
  servizi: { it: "Acquisto di beni e servizi", en: "Goods and services" },
  comunicazione: {
    it: "Comunicazione e animazione territoriale",
    en: "Communication and outreach",
  },
  spese_generali: { it: "Spese generali e di coordinamento", en: "Overheads and coordination" },
  altro: { it: "Altre spese", en: "Other costs" },
};

/** Money that does not come from a partner organisation of the procedure. */
export const FundingSourceSchema = z.enum([
  "pnrr",
  "comune",
  "altri_fondi_pubblici",
  "fondi_privati",
]);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

export const FUNDING_SOURCE_LABELS: Record<FundingSource, { it: string; en: string }> = {
  pnrr: { it: "PNRR", en: "PNRR (recovery plan)" },
  comune: { it: "Comune (risorse proprie)", en: "Municipality (own budget)" },
  altri_fondi_pubblici: { it: "Altri fondi pubblici", en: "Other public funds" },
  fondi_privati: {
    it: "Fondi privati (es. fondazioni erogatrici)",
    en: "Private funds (e.g. grant-making foundations)",
  },
};

/** Who pays for an item: a partner organisation (co-financing) or a fund. */
export const FinancerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organisation"), organisationId: OrganisationRefSchema }),
  z.object({ kind: z.literal("fund"), source: FundingSourceSchema }),
]);
export type Financer = z.infer<typeof FinancerSchema>;

/**
 * A financer as one string ("org:<id>" or "fund:pnrr"): how Yjs stores it, so changing who
 * pays is one atomic write, and how totals group amounts.
 */
export function financerKey(financer: Financer): string {
  return financer.kind === "organisation"
    ? `org:${financer.organisationId}`
    : `fund:${financer.source}`;
}

/** The financer a key names, or null when the key is malformed. */
export function parseFinancerKey(key: unknown): Financer | null {
  if (typeof key !== "string") return null;
  const colon = key.indexOf(":");
  const [prefix, rest] = [key.slice(0, colon), key.slice(colon + 1)];
  const candidate =
    prefix === "org"
      ? { kind: "organisation", organisationId: rest }
      : prefix === "fund"
        ? { kind: "fund", source: rest }
        : null;
  const parsed = FinancerSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export const CostItemSchema = z.object({
  id: RowIdSchema,
  description: z.string().trim().min(1, "must not be empty").max(500),
  category: CostCategorySchema,
  amountCents: z
    .number()
    .int("must be a whole number of cents")
    .min(0, "must not be negative")
    .max(MAX_ITEM_CENTS, "is too large"),
  financedBy: FinancerSchema,
  /** Co-financing given in kind (staff time, rooms, volunteers) at its estimated value. */
  inKind: z.boolean(),
});
export type CostItem = z.infer<typeof CostItemSchema>;

export const PianoEconomicoSchema = z
  .object({
    type: z.literal("pianoEconomico"),
    items: z.array(CostItemSchema).max(MAX_COST_ITEMS),
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.items.forEach((item, index) => {
      if (ids.has(item.id))
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "id"],
          message: "duplicate item id",
        });
      ids.add(item.id);
    });
  });
export type PianoEconomico = z.infer<typeof PianoEconomicoSchema>;

export interface FinancerTotal {
  financer: Financer;
  amountCents: number;
  /** Share of the total cost, in basis points; all financers' shares add up to 10 000. */
  shareBasisPoints: number;
}

export interface PianoEconomicoTotals {
  totalCents: number;
  /** Categories with at least one item, in the order of COST_CATEGORY_LABELS. */
  byCategory: { category: CostCategory; amountCents: number }[];
  /** Financers in the order they first appear among the items. */
  byFinancer: FinancerTotal[];
  /** What the partner organisations put in, in cash or in kind. */
  cofinancing: {
    amountCents: number;
    inKindCents: number;
    /** Share of the total cost, in basis points. */
    shareBasisPoints: number;
    /** Each partner's part of the co-financing, in basis points adding up to 10 000. */
    byOrganisation: { organisationId: string; amountCents: number; shareBasisPoints: number }[];
  };
}

function addTo<K>(sums: Map<K, number>, key: K, amount: number): void {
  sums.set(key, (sums.get(key) ?? 0) + amount);
}

/** Totals per category and per financer, and each partner's co-financing share. */
export function pianoEconomicoTotals(items: readonly CostItem[]): PianoEconomicoTotals {
  const totalCents = items.reduce((sum, item) => sum + item.amountCents, 0);
  const categories = new Map<CostCategory, number>();
  const financers = new Map<string, Financer>();
  const financerSums = new Map<string, number>();
  for (const item of items) {
    addTo(categories, item.category, item.amountCents);
    const key = financerKey(item.financedBy);
    financers.set(key, item.financedBy);
    addTo(financerSums, key, item.amountCents);
  }
  const byCategory = CostCategorySchema.options
    .filter((category) => categories.has(category))
    .map((category) => ({ category, amountCents: categories.get(category) ?? 0 }));
  const entries = [...financerSums];
  const shares = sharesInBasisPoints(entries.map(([, amount]) => amount));
  const byFinancer = entries.flatMap(([key, amountCents], index) => {
    const financer = financers.get(key);
    return financer ? [{ financer, amountCents, shareBasisPoints: shares[index] ?? 0 }] : [];
  });
  return { totalCents, byCategory, byFinancer, cofinancing: cofinancingOf(items, totalCents) };
}

function cofinancingOf(
  items: readonly CostItem[],
  totalCents: number,
): PianoEconomicoTotals["cofinancing"] {
  const perOrganisation = new Map<string, number>();
  let inKindCents = 0;
  for (const { financedBy, amountCents, inKind } of items) {
    if (financedBy.kind !== "organisation") continue;
    addTo(perOrganisation, financedBy.organisationId, amountCents);
    if (inKind) inKindCents += amountCents;
  }
  const entries = [...perOrganisation];
  const amountCents = entries.reduce((sum, [, amount]) => sum + amount, 0);
  const shares = sharesInBasisPoints(entries.map(([, amount]) => amount));
  const [shareBasisPoints = 0] = sharesInBasisPoints([amountCents, totalCents - amountCents]);
  return {
    amountCents,
    inKindCents,
    shareBasisPoints,
    byOrganisation: entries.map(([organisationId, amount], index) => ({
      organisationId,
      amountCents: amount,
      shareBasisPoints: shares[index] ?? 0,
    })),
  };
}
