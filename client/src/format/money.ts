import type { Language } from "../i18n/i18n.ts";

const LOCALES: Record<Language, string> = { it: "it-IT", en: "en-GB" };

/** What someone typed in an amount field: no amount, an amount in cents, or not an amount. */
export type ParsedAmount = { ok: true; cents: number | null } | { ok: false };

/**
 * Reads an amount in euro as people write it, into integer cents (what the API stores).
 * Italian writes "1.500,50" (dot for thousands, comma for decimals), English "1,500.50"; either
 * may add "€" or "euro" and spaces. A lone separator followed by exactly three digits ("1.500"
 * in Italian) groups thousands; with one or two digits it is the decimal mark in both languages,
 * so "1500.5" typed in the Italian interface still means one thousand five hundred and a half.
 */
export function parseEuroToCents(typed: string, language: Language): ParsedAmount {
  const text = typed
    .replace(/€|euro|eur/gi, "")
    .replace(/[\s\u00a0\u202f']/g, "")
    .trim();
  if (text === "") return { ok: true, cents: null };
  if (!/^\d[\d.,]*$/.test(text)) return { ok: false };
  const [group, decimal] = language === "it" ? [".", ","] : [",", "."];
  const normalised = text.includes(decimal)
    ? withDecimalMark(text, group, decimal)
    : withoutDecimalMark(text, group);
  if (normalised === null || !/^\d+(\.\d{1,2})?$/.test(normalised)) return { ok: false };
  const [units = "0", fraction = ""] = normalised.split(".");
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? { ok: true, cents } : { ok: false };
}

/** "1.500,50" → "1500.50" (Italian): group marks must sit every three digits. */
function withDecimalMark(text: string, group: string, decimal: string): string | null {
  const [whole = "", fraction, extra] = text.split(decimal);
  if (extra !== undefined || fraction === undefined || fraction.includes(group)) return null;
  const units = ungroup(whole, group);
  return units === null ? null : `${units}.${fraction}`;
}

/** "1.500" → "1500", "1.5" → "1.5" (Italian): see `parseEuroToCents`. */
function withoutDecimalMark(text: string, group: string): string | null {
  const parts = text.split(group);
  if (parts.length === 2 && (parts[1] ?? "").length <= 2) return parts.join(".");
  return ungroup(text, group);
}

function ungroup(text: string, group: string): string | null {
  if (!text.includes(group)) return text;
  const parts = text.split(group);
  const [first = "", ...rest] = parts;
  const grouped = /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
  return grouped ? parts.join("") : null;
}

/** Cents as a sum of money in the interface language: "1.500,50 €" / "€1,500.50". */
export function formatCents(cents: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

/** Cents as the text an amount field starts with, which `parseEuroToCents` reads back. */
export function centsToInput(cents: number | null, language: Language): string {
  if (cents === null) return "";
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}
