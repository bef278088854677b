import type { Database, StoredVersion } from "../db/database.ts";
import { canonicalOfState, impronta } from "./hashing.ts";
import type { VersionStates } from "./version-states.ts";

/** What a version's two files give now: the text's SHA-256 and the rebuilt state's. */
export interface FileHashes {
  /** "" if the text file is missing (reported as canonical-mismatch). */
  hashOfCanonical: string;
  /** null if the state is missing or unreadable. */
  hashOfState: string | null;
}

/** Hashes recomputed last, by version, with the stamp of the files they were computed from. */
const MEMO_LIMIT = 10_000;
const memo = new Map<string, { stamp: string; hashes: FileHashes }>();

/** Reads both files and recomputes both hashes; the text as read is returned too. */
export async function readFileHashes(
  db: Database,
  states: VersionStates,
  version: StoredVersion,
): Promise<FileHashes & { text: string | null }> {
  const stamp = await db.versionBlobs.stamp(version.id);
  const [state, text] = await Promise.all([
    states.read(version.id),
    db.versionTexts.readStored(version.id),
  ]);
  const rebuilt = state ? canonicalOfState(state) : null;
  const hashes: FileHashes = {
    hashOfCanonical: text === null ? "" : impronta(text),
    hashOfState: rebuilt === null ? null : impronta(rebuilt),
  };
  // Stamped before reading: a write during the read leaves a stale stamp, recomputed next time.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(version.id, { stamp, hashes });
  return { ...hashes, text };
}

/**
 * The same hashes for pages that list many versions: recomputed only when either file changed
 * since they were last computed (rebuilding every Yjs state on every listing cost 170 ms for 20
 * versions). Exports and the chain check always recompute (`readFileHashes`).
 */
export async function currentFileHashes(
  db: Database,
  states: VersionStates,
  version: StoredVersion,
): Promise<FileHashes> {
  const known = memo.get(version.id);
  if (known && known.stamp === (await db.versionBlobs.stamp(version.id))) return known.hashes;
  const { hashOfCanonical, hashOfState } = await readFileHashes(db, states, version);
  return { hashOfCanonical, hashOfState };
}
