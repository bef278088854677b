import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { OpenFile } from "../storage/durable-write.ts";
import { LOG_SUFFIX } from "../storage/file-doc-store.ts";
import { RUNNING_DIR } from "../storage/running-servers.ts";
import { decodeLog } from "../storage/update-log-codec.ts";
import { describeFiles, FileTree, listFiles } from "./file-tree.ts";
import { type Manifest, writeManifest } from "./manifest.ts";
import { JOURNAL_FILE, readMetadataPair, SNAPSHOT_FILE } from "./metadata-copy.ts";
import { ROOMS_DIR, verifyDataDir } from "./verify-data-dir.ts";

export interface BackupOptions {
  /** Opens the files the copy is written through (tests pass a FaultyDisk). */
  open?: OpenFile;
}

/**
 * Copies `dataDir` into the new folder `target` while a server may be running on it and
 * clients writing, so that the copy holds every change acknowledged before the backup began
 * and opens as a consistent DATA_DIR:
 *
 * 1. the metadata first (snapshot and journal read as a pair, see metadata-copy.ts);
 * 2. then each room's log, cut to its intact frames: a log is only appended to, or replaced
 *    whole by a compaction, so what is read is the log as it was at some moment after step 1;
 * 3. then everything else: frozen versions' files, written before their version is recorded
 *    (so every version in the copied metadata finds them), board photos, written before a
 *    board refers to them, and the signing key.
 *
 * The copy is then verified with the server's own readers (verify-data-dir.ts), and only then
 * is the manifest, listing every file with its SHA-256, written: a folder without it is not a
 * backup. On any failure (a full disk) the folder is removed and the error thrown.
 */
export async function backupDataDir(
  dataDir: string,
  target: string,
  options: BackupOptions = {},
): Promise<Manifest> {
  const source = path.resolve(dataDir);
  const root = path.resolve(target);
  await assertCopiable(source, root);
  const tree = await FileTree.create(root, options.open);
  try {
    await copyMetadata(source, tree);
    await copyRoomLogs(source, tree);
    await copyTheRest(source, tree);
    const summary = await verifyDataDir(root, options);
    const files = await describeFiles(root);
    const createdAt = new Date().toISOString();
    return await writeManifest(root, { createdAt, source, ...summary, files }, options.open);
  } catch (error) {
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

async function assertCopiable(source: string, target: string): Promise<void> {
  const inside = path.relative(source, target);
  if (!inside.startsWith("..") && !path.isAbsolute(inside)) {
    throw new Error(`the backup folder ${target} is inside the DATA_DIR ${source}`);
  }
  const entries = await readdir(source).catch(() => [] as string[]);
  if (!entries.includes(JOURNAL_FILE) && !entries.includes(SNAPSHOT_FILE)) {
    throw new Error(`${source} is not a Tavolo DATA_DIR (no ${SNAPSHOT_FILE} or ${JOURNAL_FILE})`);
  }
}

async function copyMetadata(source: string, tree: FileTree): Promise<void> {
  const { snapshot, journal } = await readMetadataPair(source);
  if (snapshot) await tree.write(SNAPSHOT_FILE, snapshot);
  await tree.write(JOURNAL_FILE, journal);
}

async function copyRoomLogs(source: string, tree: FileTree): Promise<void> {
  const dir = path.join(source, ROOMS_DIR);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  for (const name of names.filter((entry) => entry.endsWith(LOG_SUFFIX))) {
    // One open and read: a compaction renaming a new log over it meanwhile does not mix the two.
    const bytes = await readFile(path.join(dir, name));
    let validLength: number;
    try {
      validLength = decodeLog(bytes).validLength;
    } catch (error) {
      throw new Error(`room log ${name}: ${(error as Error).message}`);
    }
    // A log still being started holds nothing acknowledged yet.
    if (validLength > 0) await tree.write(`${ROOMS_DIR}/${name}`, bytes.subarray(0, validLength));
  }
}

/** Versions, board photos, the key and anything else (nothing there is ever deleted). */
async function copyTheRest(source: string, tree: FileTree): Promise<void> {
  const copied = (file: string) =>
    file === SNAPSHOT_FILE ||
    file === JOURNAL_FILE ||
    (file.startsWith(`${ROOMS_DIR}/`) && file.endsWith(LOG_SUFFIX));
  // Temporary files of writes under way are not data yet; the running marks are not data.
  const skip = (file: string) => file === RUNNING_DIR || file.endsWith(".tmp") || copied(file);
  for (const file of await listFiles(source, skip)) {
    await tree.write(file, await readFile(path.join(source, file)));
  }
}
