import {
  type CostItem,
  CostItemSchema,
  type Financer,
  FUNDING_SOURCE_LABELS,
  FundingSourceSchema,
  financerKey,
  formatBasisPointsIt,
  type Organisation,
  pianoEconomicoPlain,
  type YRecord,
} from "@tavolo/shared";
import type { Language } from "../../i18n/i18n.ts";

/** The items of a piano economico block: the valid ones, and how many rows are unreadable. */
export interface BudgetRows {
  items: CostItem[];
  invalid: number;
}

/**
 * Reads item by item, so one malformed row (written by an old or broken client) is reported
 * and left out of the totals instead of hiding the whole budget.
 */
export function readBudgetRows(block: YRecord): BudgetRows {
  const plain = pianoEconomicoPlain(block);
  const rows =
    typeof plain === "object" && plain !== null && "items" in plain && Array.isArray(plain.items)
      ? (plain.items as unknown[])
      : [];
  const items: CostItem[] = [];
  for (const row of rows) {
    const parsed = CostItemSchema.safeParse(row);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, invalid: rows.length - items.length };
}

/** Who can pay for an item: each partner organisation, then each public or private fund. */
export function financerOptions(
  organisations: readonly Organisation[],
  language: Language,
): { key: string; label: string; financer: Financer }[] {
  return [
    ...organisations.map((organisation) => ({
      key: financerKey({ kind: "organisation", organisationId: organisation.id }),
      label: organisation.name,
      financer: { kind: "organisation", organisationId: organisation.id } as const,
    })),
    ...FundingSourceSchema.options.map((source) => ({
      key: financerKey({ kind: "fund", source }),
      label: FUNDING_SOURCE_LABELS[source][language],
      financer: { kind: "fund", source } as const,
    })),
  ];
}

/** A financer's name: the organisation's, or the fund's in the interface language. */
export function financerLabel(
  financer: Financer,
  organisations: readonly Organisation[],
  language: Language,
  removed: string,
): string {
  if (financer.kind === "fund") return FUNDING_SOURCE_LABELS[financer.source][language];
  return organisations.find((o) => o.id === financer.organisationId)?.name ?? removed;
}

/** A share in basis points as a percentage with two decimals: "12,34 %" / "12.34%". */
export function formatShare(basisPoints: number, language: Language): string {
  return language === "it"
    ? formatBasisPointsIt(basisPoints)
    : `${(basisPoints / 100).toFixed(2)}%`;
}
