import { unzipSync, type Zippable, zipSync } from "fflate";

/** One entry of an OOXML or ODF package, in the order it is written. */
export interface PackageEntry {
  path: string;
  data: Uint8Array;
  /** Stored without compression (ODF's `mimetype` must be, and must come first). */
  store?: boolean;
}

/**
 * A zip whose bytes depend only on its entries: every entry dated `date` (DOS time, so to the
 * 2 seconds), written in the given order, with the same compression level every time.
 */
export function deterministicZip(entries: readonly PackageEntry[], date: Date): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    files[entry.path] = [entry.data, { level: entry.store ? 0 : 6, mtime: date }];
  }
  return zipSync(files, { mtime: date });
}

/** The entries of a zip in their order, for rewriting a package made by another library. */
export function readZip(bytes: Uint8Array): PackageEntry[] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => ({ path, data }));
}
