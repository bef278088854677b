import type { Language } from "../i18n/i18n.ts";

const LOCALES: Record<Language, string> = { it: "it-IT", en: "en-GB" };

/**
 * Numbers always grouped by thousands, as forms print them ("5.000 caratteri", "8.500,00 €"):
 * Italian's default leaves four-digit numbers ungrouped, which makes a column of amounts
 * ragged.
 */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { useGrouping: "always" }).format(value);
}

/** Cents as euro with two decimals, grouped like `formatNumber`. */
export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: "EUR",
    useGrouping: "always",
  }).format(cents / 100);
}
