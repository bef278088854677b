import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type OpenFile, openFile, replaceFileVerified } from "../storage/durable-write.ts";
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
 * The canonical text of each frozen version, one file per version beside its Yjs state:
 * `DATA_DIR/versions/<id>.canonical.json`. Kept out of the metadata so that a metadata write
 * never carries them. Written once, verified on disk before the version is recorded; served only
 * while its SHA-256 is the version's impronta.
 */
export class VersionTexts {
  private readonly dir: string;
  private readonly cache = new Map<string, string>();
  private cachedBytes = 0;

  constructor(
    dataDir: string,
    private readonly open: OpenFile = openFile,
  ) {
    this.dir = path.join(dataDir, "versions");
  }

  fileOf(versionId: string): string {
    return path.join(this.dir, `${versionId}.canonical.json`);
  }

  /** Resolves once the text is on disk, read back and checked. */
  async write(versionId: string, canonical: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await replaceFileVerified(this.fileOf(versionId), Buffer.from(canonical, "utf8"), {
      open: this.open,
    });
  }

  /** The text as stored, whatever it is, or null if missing (for the chain check). */
  async readStored(versionId: string): Promise<string | null> {
    try {
      return await readFile(this.fileOf(versionId), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
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
