import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { replaceFileVerified } from "./durable-write.ts";

/** `DATA_DIR/running/<pid>` holds the host name of a server process using the DATA_DIR. */
export const RUNNING_DIR = "running";

/**
 * Marks `dataDir` as used by this process until the returned function is called (on a clean
 * stop), so that a restore refuses to replace it. A server killed without stopping leaves its
 * mark behind; `runningServers` ignores a mark whose process is gone.
 */
export async function markRunning(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.join(dataDir, RUNNING_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, String(process.pid));
  await replaceFileVerified(file, Buffer.from(hostname(), "utf8"));
  return () => rm(file, { force: true });
}

/**
 * The processes whose mark says they use `dataDir` and that may still be running: alive on this
 * host, or marked from another host (sharing the folder over the network), which cannot be
 * checked from here and so counts as running.
 */
export async function runningServers(dataDir: string): Promise<string[]> {
  const dir = path.join(dataDir, RUNNING_DIR);
  const marks = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const running: string[] = [];
  for (const mark of marks.filter((name) => /^\d+$/.test(name))) {
    const host = await readFile(path.join(dir, mark), "utf8").catch(() => "");
    if (host !== hostname()) running.push(`pid ${mark} on ${host}`);
    else if (isAlive(Number(mark))) running.push(`pid ${mark}`);
  }
  return running;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
