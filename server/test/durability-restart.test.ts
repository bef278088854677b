import { describe, expect, it } from "vitest";
import { eventually, whenSynced } from "./helpers/clients.ts";
import { processFixture } from "./helpers/process-fixture.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import { Workspace } from "./helpers/workspace.ts";

const { start, join } = processFixture();

describe("a clean restart", () => {
  it("keeps every edit, and SIGTERM exits with code 0 after flushing", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    const room = await (await Workspace.create(first.url)).room();
    const writer = join(first, room);
    await whenSynced(writer);
    writer.doc.getText("t").insert(0, "Verbale della seduta del 12 marzo");
    for (let i = 0; i < 200; i++) writer.doc.getArray<number>("n").push([i]);
    const witness = join(first, room);
    await eventually(() => witness.doc.getArray("n").length === 200, "witness saw every edit");
    writer.destroy();
    witness.destroy();

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.logs.some((line) => line.msg === "Tavolo stopped cleanly")).toBe(true);

    const second = await start(dataDir);
    const reader = join(second, room);
    await whenSynced(reader);
    await eventually(() => reader.doc.getArray("n").length === 200, "state reloaded");
    expect(reader.doc.getText("t").toString()).toBe("Verbale della seduta del 12 marzo");
    expect(reader.doc.getArray("n").toArray()).toEqual([...Array(200).keys()]);
  });

  it("closes connected clients with 1001 on SIGTERM and they get everything back on restart", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    const room = await (await Workspace.create(first.url)).room();
    const client = join(first, room);
    await whenSynced(client);
    client.doc.getMap("m").set("fase", "istruttoria");
    const codes: number[] = [];
    client.provider.on("connection-close", (event: { code: number } | null) => {
      if (event) codes.push(event.code);
    });
    await eventually(() => first.logs.some((l) => l.msg === "room loaded"), "room loaded");
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    await eventually(() => codes.length > 0, "client saw the close");
    expect(codes[0]).toBe(1001);

    const second = await start(dataDir, first.port);
    await eventually(() => client.provider.wsconnected && client.provider.synced, "reconnected");
    const fresh = join(second, room);
    await eventually(() => fresh.doc.getMap("m").get("fase") === "istruttoria", "fresh sees it");
  });
});
