import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { replaceFileVerified } from "../storage/durable-write.ts";

/**
 * The Yjs state of each frozen version, one file per version: `DATA_DIR/versions/<id>.bin`.
 * Kept out of the metadata, beside the version's canonical text (db/version-texts.ts). Each file
 * is written once (temp file written fully, fsynced, read back and checked, renamed, folder
 * fsynced) before the version is recorded, and never rewritten.
 */
export class VersionStates {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "versions");
  }

  fileOf(versionId: string): string {
    return path.join(this.dir, `${versionId}.bin`);
  }

  /** Resolves once the state is on disk, read back and checked (never a short write). */
  async write(versionId: string, state: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await replaceFileVerified(this.fileOf(versionId), state);
  }

  /** The stored state, or null if the file is missing. */
  async read(versionId: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.fileOf(versionId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }
}
