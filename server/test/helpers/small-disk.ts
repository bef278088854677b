import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Mounting a tmpfs needs root: the full-disk tests run only then. */
export const isRoot = process.getuid?.() === 0;

export interface SmallDisk {
  dir: string;
  unmount(): Promise<void>;
}

/**
 * A real small filesystem (tmpfs) of `bytes`, at `at` or in a new temporary folder, so that
 * ENOSPC comes from the kernel, not from a mock. Unmounting removes a folder it created.
 */
export async function mountSmallDisk(bytes: number, at?: string): Promise<SmallDisk> {
  const dir = at ?? (await mkdtemp(path.join(tmpdir(), "tavolo-small-disk-")));
  await mkdir(dir, { recursive: true });
  await run("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir]);
  return {
    dir,
    async unmount() {
      await run("umount", [dir]);
      if (!at) await rm(dir, { recursive: true, force: true });
    },
  };
}
