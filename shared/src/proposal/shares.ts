/**
 * Percentages that add up to exactly 100, in basis points (1 bp = 0.01 %, so 10 000 bp = 100 %).
 * Each share is rounded down and the basis points left over go to the largest remainders
 * (Hamilton's method; ties go to the earlier entry), so a table of co-financing shares never
 * shows 99.99 % or 100.01 % in total. Exact integer arithmetic: amounts up to the largest safe
 * integer of cents are fine.
 */
export const BASIS_POINTS_TOTAL = 10_000;

export function sharesInBasisPoints(amounts: readonly number[]): number[] {
  const total = amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);
  if (total <= 0n) return amounts.map(() => 0);
  const scaled = amounts.map((amount) => BigInt(amount) * BigInt(BASIS_POINTS_TOTAL));
  const shares = scaled.map((value) => value / total);
  const remainders = scaled.map((value, index) => ({ index, remainder: value % total }));
  let left = BASIS_POINTS_TOTAL - Number(shares.reduce((sum, share) => sum + share, 0n));
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1;
  }
  return shares.map(Number);
}

/** "12,34 %": a share in basis points written the Italian way, always with two decimals. */
export function formatBasisPointsIt(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const cents = String(Math.abs(basisPoints % 100)).padStart(2, "0");
  return `${whole},${cents} %`;
}
