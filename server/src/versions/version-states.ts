import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";

/**
 * The Yjs state of each frozen version, one file per version: `DATA_DIR/versions/<id>.bin`.
 * Kept out of metadata.json, which is rewritten whole on every change, so a long document
 * frozen ten times does not slow every other write. Each file is written once (temp file,
 * fsync, rename, fsync of the folder) before the version is recorded, and never rewritten.
 */
export class VersionStates {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "versions");
  }

  fileOf(versionId: string): string {
    return path.join(this.dir, `${versionId}.bin`);
  }

  async write(versionId: string, state: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileOf(versionId);
    const temp = `${file}.tmp`;
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(state);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    const folder = await open(this.dir, "r");
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
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
