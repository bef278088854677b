/**
 * Checking a procedure's frozen versions: each hash recomputed from what is stored, and each
 * version linked to the one before it of the same document. Pure: the server computes the
 * hashes (SHA-256) and hands them in.
 */
export interface ChainEntry {
  id: string;
  roomId: string;
  number: number;
  /** The hash recorded when the version was frozen. */
  hash: string;
  previousHash: string | null;
  /** SHA-256 of the stored canonical string, recomputed now. */
  hashOfCanonical: string;
  /** SHA-256 of the canonical string rebuilt from the stored Yjs state, or null if unreadable. */
  hashOfState: string | null;
  /** The impronte the version's approval records were given for (its rounds and answers). */
  approvalHashes: string[];
}

export type ChainProblem =
  | "canonical-mismatch"
  | "state-mismatch"
  | "state-unreadable"
  | "broken-link"
  | "numbering"
  | "approval-other-hash";

export interface ChainCheck {
  id: string;
  roomId: string;
  number: number;
  hash: string;
  ok: boolean;
  problems: ChainProblem[];
}

export interface ChainReport {
  ok: boolean;
  versions: ChainCheck[];
}

/** One version checked against what is stored and against the version before it, if any. */
export function checkChainEntry(
  entry: ChainEntry,
  previous: Pick<ChainEntry, "hash" | "number"> | undefined,
): ChainCheck {
  const problems: ChainProblem[] = [];
  if (entry.hashOfCanonical !== entry.hash) problems.push("canonical-mismatch");
  if (entry.hashOfState === null) problems.push("state-unreadable");
  else if (entry.hashOfState !== entry.hash) problems.push("state-mismatch");
  if (entry.previousHash !== (previous?.hash ?? null)) problems.push("broken-link");
  if (entry.number !== (previous?.number ?? 0) + 1) problems.push("numbering");
  if (entry.approvalHashes.some((hash) => hash !== entry.hash)) {
    problems.push("approval-other-hash");
  }
  const { id, roomId, number, hash } = entry;
  return { id, roomId, number, hash, ok: problems.length === 0, problems };
}

/** Checks every version, document by document in number order. */
export function verifyChain(entries: readonly ChainEntry[]): ChainReport {
  const sorted = [...entries].sort(
    (a, b) => a.roomId.localeCompare(b.roomId) || a.number - b.number,
  );
  const versions = sorted.map((entry, index) => {
    const before = sorted[index - 1];
    return checkChainEntry(entry, before?.roomId === entry.roomId ? before : undefined);
  });
  return { ok: versions.every((check) => check.ok), versions };
}
