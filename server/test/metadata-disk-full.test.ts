import { execFile } from "node:child_process";
import { mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { ProcedureDetail } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;

/** A real small filesystem (tmpfs), so that ENOSPC comes from the kernel, not from a mock. */
async function mountSmallDisk(bytes: number): Promise<{ dir: string; unmount(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "tavolo-small-disk-"));
  await run("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir]);
  return {
    dir,
    async unmount() {
      await run("umount", [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Writes a file until the filesystem is full; returns it, to delete when space is needed. */
async function fillDisk(dir: string): Promise<string> {
  const file = path.join(dir, "filler");
  const handle = await open(file, "w");
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    await handle.close();
  }
  return file;
}

let server: TestServer | null = null;
let disk: { dir: string; unmount(): Promise<void> } | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  await disk?.unmount();
  disk = null;
});

// Needs root to mount a tmpfs; elsewhere the journal's unit tests inject the same failure.
describe.skipIf(!isRoot)("an API write when the metadata disk is full (tmpfs, root only)", () => {
  it("answers 500, and the change is neither visible nor back after a restart", async (ctx) => {
    disk = await mountSmallDisk(2 * 1024 * 1024).catch((error: Error) => {
      console.warn(`skipped: cannot mount a tmpfs here (${error.message})`);
      return null;
    });
    if (!disk) return ctx.skip();
    server = await startTestServer({ DATA_DIR: disk.dir });
    const workspace = await Workspace.create(server.url, "Giulia Rossi");
    const procedurePath = `/api/procedures/${workspace.procedure.id}`;
    const descriptionNow = async () =>
      (await workspace.api.ok<ProcedureDetail>("GET", procedurePath)).procedure.description;
    const description = await descriptionNow();

    const filler = await fillDisk(disk.dir);
    // Larger than a page, so the journal cannot fit it in its last page's slack.
    const lost = `Descrizione mai salvata ${"x".repeat(4900)}`;
    const refused = await workspace.api.request("PATCH", procedurePath, { description: lost });
    expect(refused.status).toBe(500);
    expect(await descriptionNow()).toBe(description);

    await rm(filler);
    expect(await descriptionNow()).toBe(description);
    const kept = "Descrizione salvata dopo";
    await workspace.api.ok("PATCH", procedurePath, { description: kept });

    const port = String(server.port);
    await server.close();
    for (const file of ["metadata.json", "metadata.journal"]) {
      const text = await readFile(path.join(disk.dir, file), "utf8").catch(() => "");
      expect(text, file).not.toContain("Descrizione mai salvata");
    }
    // Same port and data: the facilitator's session cookie still holds.
    server = await startTestServer({ DATA_DIR: disk.dir, PORT: port });
    expect(await descriptionNow()).toBe(kept);
  });
});
