import type { VersionBlobs } from "../storage/version-blobs.ts";
import { impronta } from "../versions/hashing.ts";

/** The stored text of a version is missing or no longer gives the version's impronta. */
export class UnverifiedTextError extends Error {
  constructor(
    readonly versionId: string,
    readonly problem: "missing" | "mismatch",
  ) {
    super(`version ${versionId}: stored text ${problem === "missing" ? "missing" : "altered"}`);
  }
}

/** Verified texts kept in memory, least recently used dropped first. */
const CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The canonical text of each frozen version, beside its Yjs state (`DATA_DIR/versions/` or
 * PostgreSQL, see storage/version-blobs.ts). Kept out of the metadata so that a metadata write
 * never carries them. Written once, verified before the version is recorded; served only while
 * its SHA-256 is the version's impronta.
 */
export class VersionTexts {
  private readonly cache = new Map<string, string>();
  private cachedBytes = 0;

  constructor(private readonly blobs: VersionBlobs) {}

  /** Resolves once the text is stored, read back and checked. */
  write(versionId: string, canonical: string): Promise<void> {
    return this.blobs.write(versionId, "text", Buffer.from(canonical, "utf8"));
  }

  /** The text as stored, whatever it is, or null if missing (for the chain check). */
  async readStored(versionId: string): Promise<string | null> {
    const bytes = await this.blobs.read(versionId, "text");
    return bytes === null ? null : Buffer.from(bytes).toString("utf8");
  }

  /** The text, only if its SHA-256 is `version.hash`; throws UnverifiedTextError otherwise. */
  async read(version: { id: string; hash: string }): Promise<string> {
    const cached = this.cache.get(version.id);
    if (cached !== undefined) {
      this.cache.delete(version.id);
      this.cache.set(version.id, cached);
      return cached;
    }
    const text = await this.readStored(version.id);
    if (text === null) throw new UnverifiedTextError(version.id, "missing");
    if (impronta(text) !== version.hash) {
      throw new UnverifiedTextError(version.id, "mismatch");
    }
    this.remember(version.id, text);
    return text;
  }

  private remember(id: string, text: string): void {
    const bytes = text.length * 2;
    if (bytes > CACHE_BYTES) return;
    this.cache.set(id, text);
    this.cachedBytes += bytes;
    for (const [oldest, value] of this.cache) {
      if (this.cachedBytes <= CACHE_BYTES) break;
      this.cache.delete(oldest);
      this.cachedBytes -= value.length * 2;
    }
  }
}
