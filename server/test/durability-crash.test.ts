import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { eventually, whenSynced } from "./helpers/clients.ts";
import { processFixture } from "./helpers/process-fixture.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import { Workspace } from "./helpers/workspace.ts";

const { start, join } = processFixture();

const entries = (doc: Y.Doc) => doc.getArray<string>("log").toArray();

describe("SIGKILL of the server", () => {
  it("loses no edit made during a burst from several clients", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    const room = await (await Workspace.create(first.url)).room();
    const writers = ["a", "b", "c", "d"].map(() => join(first, room));
    await Promise.all(writers.map(whenSynced));

    let written = 0;
    const burst = setInterval(() => {
      writers.forEach((writer, w) => {
        writer.doc.getArray<string>("log").push([`${w}:${written}`]);
      });
      written++;
    }, 2);
    await eventually(() => entries(writers[0]?.doc ?? new Y.Doc()).length > 400, "burst under way");
    first.child.kill("SIGKILL");
    await first.exited;
    // Clients keep editing while the server is down; these edits must arrive too.
    const atKill = written;
    await eventually(() => written >= atKill + 20, "clients edited while the server was down");
    clearInterval(burst);
    const expected = written * writers.length;

    const second = await start(dataDir, first.port);
    await eventually(
      () => writers.every((writer) => entries(writer.doc).length === expected),
      `every client holds all ${expected} edits`,
      30_000,
    );
    const fresh = join(second, room);
    await whenSynced(fresh);
    await eventually(() => entries(fresh.doc).length === expected, "the server holds them too");
    const sorted = (doc: Y.Doc) => [...entries(doc)].sort();
    for (const writer of writers) expect(sorted(writer.doc)).toEqual(sorted(fresh.doc));
    expect(new Set(entries(fresh.doc)).size).toBe(expected);
  });

  it("keeps an edit another client saw even when its author left before the crash", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    const room = await (await Workspace.create(first.url)).room();
    const author = join(first, room);
    const reader = join(first, room);
    await Promise.all([whenSynced(author), whenSynced(reader)]);

    author.doc.getText("t").insert(0, "Obiettivo: 12 posti in housing sociale");
    await eventually(
      () => reader.doc.getText("t").toString().startsWith("Obiettivo"),
      "reader saw the edit",
    );
    author.destroy();
    reader.destroy();
    first.child.kill("SIGKILL");
    await first.exited;

    const second = await start(dataDir);
    const later = join(second, room);
    await whenSynced(later);
    expect(later.doc.getText("t").toString()).toBe("Obiettivo: 12 posti in housing sociale");
  });
});
