/** Grouped by thousands always, as the editor shows amounts ("1.234,50 €", not "1234,50 €"). */
const EURO = new Intl.NumberFormat("it-IT", {
  style: "currency",
  currency: "EUR",
  useGrouping: "always",
});
const DATE = new Intl.DateTimeFormat("it-IT", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Rome",
});

/** "1.234,50 €": how Italian forms write amounts. */
export function euro(cents: number): string {
  return EURO.format(cents / 100);
}

/** "3 marzo 2026 alle ore 17:30", in Rome's time whatever the server's zone. */
export function italianDate(date: Date): string {
  return DATE.format(date);
}

/** Months as ranges, "1–6, 9", for a cronoprogramma too long to draw as a grid. */
export function monthRanges(months: readonly number[]): string {
  const ranges: string[] = [];
  let start: number | undefined;
  months.forEach((month, index) => {
    start ??= month;
    const next = months[index + 1];
    if (next === month + 1) return;
    ranges.push(start === month ? `${month}` : `${start}–${month}`);
    start = undefined;
  });
  return ranges.join(", ");
}
