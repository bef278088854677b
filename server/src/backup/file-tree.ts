import { chown, mkdir, readdir, readFile, rmdir } from "node:fs/promises";
import path from "node:path";
import { type OpenFile, replaceFileVerified, syncDir } from "../storage/durable-write.ts";
import { type FileEntry, fileEntry } from "./manifest.ts";

/**
 * Every regular file under `root`, as relative POSIX paths, sorted; `skip` leaves a file or a
 * whole folder out. Anything else than a file or a folder (a link, a socket) is refused.
 */
export async function listFiles(
  root: string,
  skip: (relative: string) => boolean = () => false,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (skip(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) files.push(child);
      else throw new Error(`${path.join(root, child)} is neither a file nor a folder`);
    }
  };
  await walk("");
  return files.sort();
}

/** Gives `root` and everything under it to `uid`:`gid`. */
export async function chownTree(root: string, uid: number, gid: number): Promise<void> {
  await chown(root, uid, gid);
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await chown(child, uid, gid);
  }
}

/** Hash and size of every file under `root` as it is on disk now. */
export async function describeFiles(
  root: string,
  skip?: (relative: string) => boolean,
): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const file of await listFiles(root, skip)) {
    entries.push(fileEntry(file, await readFile(path.join(root, file))));
  }
  return entries;
}

/**
 * A new folder filled one file at a time, each through the durable write (temporary file
 * written fully, fsynced, read back and compared, renamed, folder fsynced), each new folder's
 * entry fsynced in its parent. Files and folders are readable by their owner only: a copy of a
 * DATA_DIR holds personal data and the key that signs sessions.
 */
export class FileTree {
  private readonly made = new Set<string>();

  private constructor(
    readonly root: string,
    private readonly open: OpenFile | undefined,
  ) {}

  /** Creates `root`, which must not exist or be an empty folder. */
  static async create(root: string, open?: OpenFile): Promise<FileTree> {
    const existing = await readdir(root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (existing && existing.length > 0) throw new Error(`${root} exists and is not empty`);
    if (existing) await rmdir(root);
    await mkdir(path.dirname(root), { recursive: true });
    await mkdir(root, { mode: 0o700 });
    await syncDir(path.dirname(root));
    return new FileTree(root, open);
  }

  async write(relative: string, bytes: Uint8Array): Promise<void> {
    const file = path.join(this.root, relative);
    await this.folder(path.dirname(relative));
    await replaceFileVerified(file, bytes, { open: this.open, mode: 0o600 });
  }

  private async folder(relative: string): Promise<void> {
    if (relative === "." || this.made.has(relative)) return;
    await this.folder(path.dirname(relative));
    const dir = path.join(this.root, relative);
    await mkdir(dir, { mode: 0o700 });
    await syncDir(path.dirname(dir));
    this.made.add(relative);
  }
}
