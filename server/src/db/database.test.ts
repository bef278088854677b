import { copyFile, mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FaultyDisk } from "../storage/faulty-disk.ts";
import { type Data, Database, type DatabaseOptions } from "./database.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-db-"));
const opened: Database[] = [];
/** The folder each database was opened on. */
const dirs = new Map<Database, string>();
const dirOf = (db: Database) => dirs.get(db) ?? "";
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close().catch(() => undefined);
});

async function open(dir: string, options: DatabaseOptions = {}): Promise<Database> {
  const db = await Database.open(dir, options);
  opened.push(db);
  dirs.set(db, dir);
  return db;
}

/** Closes `db` and opens its folder again, as a restart would. */
async function reopen(db: Database, options: DatabaseOptions = {}): Promise<Database> {
  await db.close();
  return open(dirOf(db), options);
}

const addPerson = (id: string) => (data: Data) => {
  data.people[id] = person(id);
};
const person = (id: string) => ({ id, displayName: id, createdAt: "2026-12-01T10:00:00.000Z" });

/** A disk that, once filled, takes a short write of 3 bytes and then answers ENOSPC. */
function fillableDisk() {
  const disk = new FaultyDisk();
  return {
    open: disk.open,
    fill: () => disk.fill(3),
    free: () => disk.clear(),
  };
}

describe("Database journal", () => {
  it("replays every change in order after a restart", async () => {
    const db = await open(await tempDir());
    await db.change(addPerson("a"));
    await db.change(addPerson("b"));
    await db.change((data) => {
      delete data.people.a;
      data.memberships.push({
        procedureId: "p",
        personId: "b",
        role: "redattore",
        organisationId: null,
        joinedAt: "2026-12-01T10:00:00.000Z",
        revokedAt: null,
      });
    });
    const again = await reopen(db);
    expect(Object.keys(again.data.people)).toEqual(["b"]);
    expect(again.data.memberships.map((m) => m.personId)).toEqual(["b"]);
  });

  it("writes one small record per change, not the whole file", async () => {
    const db = await open(await tempDir());
    const journal = path.join(dirOf(db), "metadata.journal");
    await db.change((data) => {
      for (let i = 0; i < 2000; i++) data.people[`p${i}`] = person(`p${i}`);
    });
    const before = (await stat(journal)).size;
    await db.change(addPerson("z"));
    expect((await stat(journal)).size - before).toBeLessThan(300);
  });

  it("replaces the journal with a verified snapshot once it has grown, and reads it back", async () => {
    const db = await open(await tempDir(), { snapshotAfterBytes: 1 });
    const journal = path.join(dirOf(db), "metadata.journal");
    const snapshot = async () =>
      JSON.parse(await readFile(path.join(dirOf(db), "metadata.json"), "utf8"));
    await db.change(addPerson("a"));
    await db.flush(); // the snapshot is taken after the change resolved
    expect((await stat(journal)).size).toBe(0);
    expect(await snapshot()).toMatchObject({ seq: 1, data: { people: { a: {} } } });
    // The next snapshot waits until the journal is as large as the snapshot (amortised cost).
    await db.change(addPerson("b"));
    await db.flush();
    expect((await stat(journal)).size).toBeGreaterThan(0);
    expect((await snapshot()).seq).toBe(1);
    expect(Object.keys((await reopen(db)).data.people)).toEqual(["a", "b"]);
  });

  it("skips records a snapshot already holds (a crash before the journal was cut)", async () => {
    const dir = await tempDir();
    const db = await open(dir);
    await db.change((data) => void data.audit.push(auditEvent("1")));
    const journal = path.join(dir, "metadata.journal");
    await copyFile(journal, `${journal}.before`);
    await db.close();
    // Reopening compacts into a snapshot; then the old journal comes back, as after a crash.
    await (await open(dir)).close();
    await copyFile(`${journal}.before`, journal);
    const again = await open(dir);
    expect(again.data.audit.map((event) => event.id)).toEqual(["1"]);
  });
});

function auditEvent(id: string) {
  const at = "2026-12-01T10:00:00.000Z";
  return { id, procedureId: "p", actorId: "a", actorName: "A", action: "x", details: {}, at };
}

describe("Database changes", () => {
  it("shows nothing of a change whose write failed, in memory or after a restart", async () => {
    const disk = fillableDisk();
    const db = await open(await tempDir(), { open: disk.open });
    await db.change(addPerson("a"));
    disk.fill();
    const failed = db.change((data) => {
      data.people.a = { ...person("a"), displayName: "changed" };
      data.people.b = person("b");
    });
    await expect(failed).rejects.toThrow("ENOSPC");
    expect(db.data.people.a?.displayName).toBe("a");
    expect(db.data.people.b).toBeUndefined();
    disk.free();
    await db.change(addPerson("c"));
    const again = await reopen(db);
    expect(Object.keys(again.data.people)).toEqual(["a", "c"]);
    expect(again.data.people.a?.displayName).toBe("a");
  });

  it("shows a change in `data` only once it is durable", async () => {
    const db = await open(await tempDir());
    const pending = db.change(addPerson("a"));
    expect(db.data.people.a).toBeUndefined();
    await pending;
    expect(db.data.people.a).toEqual(person("a"));
  });

  it("rejects the changes made after a failed one, which may have relied on it", async () => {
    const disk = fillableDisk();
    const db = await open(await tempDir(), { open: disk.open });
    await db.change(addPerson("a"));
    disk.fill();
    const first = db.change(addPerson("b"));
    // Queued behind the first write, and sees its result.
    const second = db.change((data) => Object.keys(data.people).length);
    await expect(first).rejects.toThrow("ENOSPC");
    await expect(second).rejects.toThrow("ENOSPC");
    disk.free();
    expect(await db.change((data) => Object.keys(data.people).length)).toBe(1);
  });

  it("runs concurrent changes in call order, each seeing the ones before", async () => {
    const db = await open(await tempDir());
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.change((data) => {
          data.audit.push(auditEvent(String(i)));
          return data.audit.length;
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const again = await reopen(db);
    expect(again.data.audit.map((event) => event.id)).toEqual(seen.map((n) => String(n - 1)));
  });

  it("keeps a check and its record in one step: a single-use claim is won once", async () => {
    const db = await open(await tempDir());
    const claims = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.change((data) => {
          if (data.people.claimed) throw new Error("already claimed");
          data.people.claimed = person(`claimer-${i}`);
        }),
      ),
    );
    expect(claims.filter((claim) => claim.status === "fulfilled")).toHaveLength(1);
    expect((await reopen(db)).data.people.claimed?.displayName).toBe("claimer-0");
  });

  it("undoes a mutate that throws halfway, and nothing else", async () => {
    const db = await open(await tempDir());
    const kept = db.change(addPerson("a"));
    const thrown = db.change((data) => {
      data.people.b = person("b");
      throw new Error("refused");
    });
    await expect(thrown).rejects.toThrow("refused");
    await kept;
    expect(Object.keys(db.data.people)).toEqual(["a"]);
  });

  it("refuses a write that bypasses change, and returns plain results", async () => {
    const db = await open(await tempDir());
    const created = await db.change((data) => {
      data.people.a = person("a");
      return data.people.a;
    });
    expect(created).toEqual(person("a"));
    const committed = db.data.people.a;
    expect(() => {
      if (committed) (committed as { displayName: string }).displayName = "x";
    }).toThrow(TypeError);
  });

  it("records an object as it is at the end of the change, even if changed after insertion", async () => {
    const db = await open(await tempDir());
    await db.change((data) => {
      const anna = person("a");
      data.people.a = anna;
      anna.displayName = "Anna Rossi";
    });
    expect((await reopen(db)).data.people.a?.displayName).toBe("Anna Rossi");
  });

  it("keeps room bookkeeping lazy: in memory at once, on disk after flush", async () => {
    const db = await open(await tempDir());
    await db.roomLoaded("room-1", { bytes: 10, updates: 1 });
    expect(db.data.rooms["room-1"]?.storedBytes).toBe(10);
    const again = await reopen(db);
    expect(again.data.rooms["room-1"]?.storedBytes).toBe(10);
  });
});
