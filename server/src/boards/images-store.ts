import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { BoardImageType } from "@tavolo/shared";
import { replaceFileVerified } from "../storage/durable-write.ts";

const EXTENSION: Readonly<Record<BoardImageType, string>> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

/**
 * Board photos on disk: `DATA_DIR/board-images/<boardId>/<sha256>.<ext>`, one folder per board
 * so a hash known from one board opens nothing on another. Content-addressed: the same photo
 * uploaded twice is written once, and a stored file never changes.
 */
export class BoardImageStore {
  private readonly writing = new Map<string, Promise<void>>();

  constructor(private readonly dataDir: string) {}

  /** Stores the bytes (once per board and content) and returns their hash. */
  async put(boardId: string, type: BoardImageType, bytes: Uint8Array): Promise<string> {
    const hash = createHash("sha256").update(bytes).digest("hex");
    const file = this.file(boardId, hash, type);
    // The durable write's temporary name is per file: one write of a file at a time.
    const pending = this.writing.get(file);
    if (pending) {
      await pending;
      return hash;
    }
    const write = this.writeOnce(file, bytes).finally(() => this.writing.delete(file));
    this.writing.set(file, write);
    await write;
    return hash;
  }

  /** The stored photo and its type, or null when this board has no photo with that hash. */
  async get(
    boardId: string,
    hash: string,
  ): Promise<{ type: BoardImageType; bytes: Buffer } | null> {
    for (const [type, extension] of Object.entries(EXTENSION) as [BoardImageType, string][]) {
      const file = path.join(this.dir(boardId), `${hash}.${extension}`);
      const bytes = await readFile(file).catch(() => null);
      if (bytes) return { type, bytes };
    }
    return null;
  }

  private async writeOnce(file: string, bytes: Uint8Array): Promise<void> {
    if (
      await stat(file).then(
        () => true,
        () => false,
      )
    )
      return;
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFileVerified(file, bytes);
  }

  private dir(boardId: string): string {
    return path.join(this.dataDir, "board-images", boardId);
  }

  private file(boardId: string, hash: string, type: BoardImageType): string {
    return path.join(this.dir(boardId), `${hash}.${EXTENSION[type]}`);
  }
}
