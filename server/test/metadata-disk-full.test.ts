import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { ProcedureDetail } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { isRoot, mountSmallDisk, type SmallDisk } from "./helpers/small-disk.ts";
import { Workspace } from "./helpers/workspace.ts";

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
let disk: SmallDisk | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  await disk?.unmount();
  disk = null;
});

// Needs root to mount a tmpfs; elsewhere the journal's unit tests inject the same failure.
if (!isRoot) console.warn("metadata-disk-full: not running as root, no tmpfs to mount; skipped");
describe.skipIf(!isRoot)("an API write when the metadata disk is full (tmpfs, root only)", () => {
  it("answers 500, and the change is neither visible nor back after a restart", async () => {
    disk = await mountSmallDisk(2 * 1024 * 1024);
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
