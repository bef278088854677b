import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markRunning, runningServers } from "./running-servers.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-running-"));

describe("the marks of servers using a DATA_DIR", () => {
  it("names this process until it unmarks, and nobody once it has", async () => {
    const dir = await tempDir();
    expect(await runningServers(dir)).toEqual([]);
    const unmark = await markRunning(dir);
    expect(await runningServers(dir)).toEqual([`pid ${process.pid}`]);
    await unmark();
    expect(await runningServers(dir)).toEqual([]);
    expect(await readdir(path.join(dir, "running"))).toEqual([]);
  });

  it("ignores the mark of a process that is gone, and counts one from another host", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "running"));
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(path.join(dir, "running", String(gone)), hostname());
    await writeFile(path.join(dir, "running", "4242"), "another-host");
    expect(await runningServers(dir)).toEqual(["pid 4242 on another-host"]);
  });
});
