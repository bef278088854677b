import type { Language } from "../i18n/i18n.ts";

const LOCALES: Record<Language, string> = { it: "it-IT", en: "en-GB" };

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A date ("2025-03-12") and a time ("09:30") typed in this browser's time zone, as the ISO
 * string with offset the API wants ("2025-03-12T09:30:00+01:00"); null unless both are valid.
 */
export function toIsoWithOffset(date: string, time: string): string | null {
  const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeParts = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateParts || !timeParts) return null;
  const [year, month, day] = dateParts.slice(1).map(Number) as [number, number, number];
  const [hours, minutes] = timeParts.slice(1).map(Number) as [number, number];
  const local = new Date(year, month - 1, day, hours, minutes);
  if (local.getDate() !== day || local.getHours() !== hours || local.getMinutes() !== minutes) {
    return null; // 31 February, or a time skipped by the change to summer time
  }
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date}T${time}:00${zone}`;
}

/** An ISO instant as the date and time fields of a form, in this browser's time zone. */
export function toDateAndTime(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: "", time: "" };
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** "12 marzo 2025, 09:30" / "12 March 2025 at 09:30". */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** "12 mar 2025, 09:30": for tables, where every character of width counts. */
export function formatShortDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** "12 mar 2025". */
export function formatShortDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium" }).format(new Date(iso));
}

/** "mercoledì 12 marzo 2025" / "Wednesday 12 March 2025". */
export function formatLongDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "full" }).format(new Date(iso));
}

/** "09:30". */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: "short" }).format(new Date(iso));
}
