/** One entry of a vote ranking. */
export interface Ranked<T> {
  item: T;
  votes: number;
  /**
   * Competition ranking ("1, 1, 3"): items with the same votes share a rank and the next rank
   * skips, so nobody reads a tie as a win.
   */
  rank: number;
}

/**
 * Sorts by votes (most first) and gives tied items the same rank. `tieOrder` only decides the
 * order in which tied items are listed, never their rank; it must be the same on every client.
 */
export function rankByVotes<T>(
  items: readonly T[],
  votesOf: (item: T) => number,
  tieOrder: (a: T, b: T) => number,
): Ranked<T>[] {
  const sorted = items
    .map((item) => ({ item, votes: votesOf(item) }))
    .sort((a, b) => b.votes - a.votes || tieOrder(a.item, b.item));
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((entry, index) => {
    if (entry.votes !== previous) {
      rank = index + 1;
      previous = entry.votes;
    }
    return { ...entry, rank };
  });
}
