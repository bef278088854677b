import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type OpenFile, openFile, replaceFileVerified } from "./durable-write.ts";

/** A frozen version's two stored forms: its Yjs state and its canonical text. */
export type VersionBlobKind = "state" | "text";

/**
 * Where frozen versions keep their Yjs states and canonical texts, out of the metadata: files in
 * `DATA_DIR/versions/` (embedded), or a PostgreSQL table that every instance reads.
 */
export interface VersionBlobs {
  /** Resolves once the bytes are durable and checked; never leaves a partial blob behind. */
  write(versionId: string, kind: VersionBlobKind, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, whatever they are, or null if missing. */
  read(versionId: string, kind: VersionBlobKind): Promise<Uint8Array | null>;
  /** Changes whenever either blob of the version is written or altered (for memoised hashes). */
  stamp(versionId: string): Promise<string>;
}

const SUFFIX: Record<VersionBlobKind, string> = { state: ".bin", text: ".canonical.json" };

/**
 * `DATA_DIR/versions/<id>.bin` and `<id>.canonical.json`, each written once: temp file written
 * fully, fsynced, read back and checked, renamed, folder fsynced.
 */
export class FileVersionBlobs implements VersionBlobs {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly open: OpenFile = openFile,
  ) {
    this.dir = path.join(dataDir, "versions");
  }

  fileOf(versionId: string, kind: VersionBlobKind): string {
    return path.join(this.dir, `${versionId}${SUFFIX[kind]}`);
  }

  async write(versionId: string, kind: VersionBlobKind, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await replaceFileVerified(this.fileOf(versionId, kind), bytes, { open: this.open });
  }

  async read(versionId: string, kind: VersionBlobKind): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.fileOf(versionId, kind)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /** Inode, size, mtime and ctime of each file: any write to it changes its ctime at least. */
  async stamp(versionId: string): Promise<string> {
    const kinds: VersionBlobKind[] = ["text", "state"];
    const parts = await Promise.all(
      kinds.map(async (kind) => {
        try {
          const s = await stat(this.fileOf(versionId, kind), { bigint: true });
          return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
          throw error;
        }
      }),
    );
    return parts.join("|");
  }
}
