import { readdir, readFile, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import { type OpenFile, syncDir } from "../storage/durable-write.ts";
import { runningServers } from "../storage/running-servers.ts";
import { chownTree, FileTree, listFiles } from "./file-tree.ts";
import { MANIFEST_FILE, type Manifest, readManifest, sha256 } from "./manifest.ts";
import { type DataDirSummary, verifyDataDir } from "./verify-data-dir.ts";

export interface RestoreOptions {
  /** Opens the files the restored copy is written through (tests pass a FaultyDisk). */
  open?: OpenFile;
}

export interface RestoreResult extends DataDirSummary {
  /** Where the DATA_DIR that was replaced was moved, or null if there was none. */
  previous: string | null;
}

/**
 * Brings the backup in `backup` back as `dataDir`, replacing nothing until the copy is known
 * good: every file must match the manifest, the copy is written beside `dataDir` (same disk)
 * durably, then verified with the server's own readers (verify-data-dir.ts). Only then is the
 * current `dataDir`, if any, renamed aside (never deleted) and the copy renamed into its place.
 * Refuses while a server has `dataDir` open, checked before and again just before the swap.
 */
export async function restoreDataDir(
  backup: string,
  dataDir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const target = path.resolve(dataDir);
  const manifest = await readManifest(backup);
  await assertNotRunning(target);
  await assertOnlyListed(backup, manifest);
  const staging = `${target}.restoring`;
  await rm(staging, { recursive: true, force: true }); // what an interrupted restore left
  try {
    const tree = await FileTree.create(staging, options.open);
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(backup, file.path));
      if (bytes.byteLength !== file.bytes || sha256(bytes) !== file.sha256) {
        throw new Error(`${file.path} differs from the backup's manifest: the backup is damaged`);
      }
      await tree.write(file.path, bytes);
    }
    const summary = await verifyDataDir(staging, options);
    await keepOwner(target, staging);
    await assertNotRunning(target);
    return { ...summary, previous: await swapIn(staging, target) };
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Run as root over a DATA_DIR another user owns (the server's), the copy goes to that user, or
 * the server could not open what root wrote.
 */
async function keepOwner(target: string, staging: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const owner = await stat(target).catch(() => null);
  if (owner && (owner.uid !== 0 || owner.gid !== 0)) {
    await chownTree(staging, owner.uid, owner.gid);
  }
}

async function assertNotRunning(dataDir: string): Promise<void> {
  const running = await runningServers(dataDir);
  if (running.length > 0) {
    throw new Error(
      `a Tavolo server is using ${dataDir} (${running.join(", ")}): stop it before restoring`,
    );
  }
}

/** A file the manifest does not list was added after the backup, or the folder is another. */
async function assertOnlyListed(backup: string, manifest: Manifest): Promise<void> {
  const listed = new Set(manifest.files.map((file) => file.path));
  const extra = (await listFiles(backup)).filter(
    (file) => file !== MANIFEST_FILE && !listed.has(file),
  );
  if (extra.length > 0) {
    throw new Error(`${backup} holds files its manifest does not list: ${extra.join(", ")}`);
  }
}

/** Moves the current DATA_DIR aside (removes it if empty) and the copy into its place. */
async function swapIn(staging: string, target: string): Promise<string | null> {
  const current = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  let previous: string | null = null;
  if (current && current.length === 0) await rmdir(target);
  else if (current) {
    previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await rename(target, previous);
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (previous) await rename(previous, target).catch(() => undefined);
    throw error;
  }
  await syncDir(path.dirname(target));
  return previous;
}
