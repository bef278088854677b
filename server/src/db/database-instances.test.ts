import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileVersionBlobs } from "../storage/version-blobs.ts";
import { type Data, Database } from "./database.ts";
import type { EntryOp } from "./entry-ops.ts";
import type { JournalRecord } from "./journal.ts";
import type { AppendOutcome, MetadataLog } from "./metadata-log.ts";

/**
 * Records shared by several logs, as a PostgreSQL table is by several instances: an append as a
 * number already used is "taken"; the others hear of each append a macrotask later, like a
 * NOTIFY, or never when `silent` (then only a taken number tells them).
 */
class SharedRecords {
  readonly records: JournalRecord[] = [];
  readonly logs: MemoryLog[] = [];
  silent = false;

  log(): MemoryLog {
    const log = new MemoryLog(this);
    this.logs.push(log);
    return log;
  }

  announce(from: MemoryLog): void {
    if (this.silent) return;
    for (const log of this.logs) if (log !== from) setImmediate(() => log.announced());
  }
}

class MemoryLog implements MetadataLog {
  seq = 0;
  /** Reads that fail before one succeeds (PostgreSQL unreachable for a while). */
  failingReads = 0;
  private listener: () => void = () => undefined;

  constructor(private readonly shared: SharedRecords) {}

  async append(ops: EntryOp[]): Promise<AppendOutcome> {
    await Promise.resolve(); // the round trip: others may append meanwhile
    if (this.shared.records.length !== this.seq) return "taken";
    this.shared.records.push({ seq: this.seq + 1, ops: structuredClone(ops) });
    this.seq++;
    this.shared.announce(this);
    return "written";
  }

  async readNew(): Promise<JournalRecord[]> {
    if (this.failingReads > 0) {
      this.failingReads--;
      throw new Error("connection refused");
    }
    const records = this.shared.records.slice(this.seq).map((r) => structuredClone(r));
    this.seq = this.shared.records.length;
    return records;
  }

  onAppended(listener: () => void): void {
    this.listener = listener;
  }

  announced(): void {
    this.listener();
  }

  wantsSnapshot(): boolean {
    return false;
  }

  async snapshot(): Promise<void> {}

  async close(): Promise<void> {}
}

async function instances(count: number, shared = new SharedRecords()): Promise<Database[]> {
  const blobs = new FileVersionBlobs(await mkdtemp(path.join(tmpdir(), "tavolo-instances-")));
  return Promise.all(Array.from({ length: count }, () => Database.shared(shared.log(), {}, blobs)));
}

/** Two instances over silent shared records, and b's log (b hears of a's records only by a refusal). */
async function silentPair() {
  const shared = new SharedRecords();
  shared.silent = true;
  const [a, b] = await instances(2, shared);
  if (!a || !b) throw new Error("two instances");
  const bLog = shared.logs[1];
  return { a, b, bLog, shared };
}

const person = (id: string) => ({ id, displayName: id, createdAt: "2026-12-03T10:00:00.000Z" });
const event = (id: string) => ({
  id,
  procedureId: "p",
  actorId: id,
  actorName: id,
  action: "test",
  details: {},
  at: "2026-12-03T10:00:00.000Z",
});

/** Uses a single-use link: checked and recorded in one step, as the sign-in routes do. */
const useLink = (person: string) => (data: Data) => {
  const link = data.signInLinks.once;
  if (!link || link.usedAt !== null) throw new Error("link already used");
  data.signInLinks.once = { ...link, usedAt: "2026-12-03T10:00:00.000Z", personId: person };
  return person;
};

const LINK = {
  id: "once",
  tokenSha256: "h",
  personId: "nobody",
  issuedBy: null,
  procedureId: null,
  createdAt: "2026-12-03T09:00:00.000Z",
  expiresAt: "2099-01-01T00:00:00.000Z",
  usedAt: null,
};

describe("Database over a log shared by several instances", () => {
  it("lets exactly one of ten uses of a single-use link, spread over two instances, succeed", async () => {
    const [a, b] = await instances(2);
    if (!a || !b) throw new Error("two instances");
    await a.change((data) => {
      data.signInLinks.once = LINK;
    });
    await b.caughtUp(a.seq);
    const uses = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).change(useLink(`p${i}`)));
    const outcomes = await Promise.allSettled(uses);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = outcomes.filter((o) => o.status === "rejected");
    expect(lost.map((o) => String(o.reason))).toEqual(Array(9).fill("Error: link already used"));
    await Promise.all([a.caughtUp(b.seq), b.caughtUp(a.seq)]);
    const winner = (won[0] as PromiseFulfilledResult<string>).value;
    expect(a.data.signInLinks.once?.personId).toBe(winner);
    expect(b.data).toEqual(a.data);
  });

  it("runs a change drafted over a stale state again, so a check that no longer holds fails", async () => {
    const shared = new SharedRecords();
    shared.silent = true; // b learns of a's record only when its own append is refused
    const [a, b] = await instances(2, shared);
    if (!a || !b) throw new Error("two instances");
    await a.change((data) => {
      data.signInLinks.once = LINK;
    });
    await b.caughtUp(a.seq);
    await a.change(useLink("first"));
    expect(b.data.signInLinks.once?.usedAt).toBeNull(); // stale, and unaware
    await expect(b.change(useLink("second"))).rejects.toThrow("link already used");
    expect(b.data.signInLinks.once?.personId).toBe("first");
    expect(shared.records).toHaveLength(2);
  });

  it("keeps every instance's changes, in one order every instance applies", async () => {
    const [a, b, c] = await instances(3);
    if (!a || !b || !c) throw new Error("three instances");
    const writes = [a, b, c].flatMap((db, n) =>
      Array.from({ length: 20 }, (_, i) =>
        db.change((data) => {
          data.people[`p${n}-${i}`] = person(`p${n}-${i}`);
          data.audit.push(event(`e${n}-${i}`)); // the same index, drafted on each instance
        }),
      ),
    );
    await Promise.all(writes);
    const last = Math.max(a.seq, b.seq, c.seq);
    await Promise.all([a, b, c].map((db) => db.caughtUp(last)));
    expect(Object.keys(a.data.people)).toHaveLength(60);
    expect(a.data.audit).toHaveLength(60);
    expect(b.data).toEqual(a.data);
    expect(c.data).toEqual(a.data);
  });

  it("sees, once refreshed, every change another instance made before, announced or not", async () => {
    const shared = new SharedRecords();
    shared.silent = true;
    const [a, b] = await instances(2, shared);
    if (!a || !b) throw new Error("two instances");
    await a.change((data) => {
      data.people.x = person("Ada");
    });
    expect(b.data.people.x).toBeUndefined();
    await Promise.all([b.refresh(), b.refresh()]);
    expect(b.data.people.x?.displayName).toBe("Ada");
  });

  it("learns of another instance's records when announced, without writing", async () => {
    const [a, b] = await instances(2);
    if (!a || !b) throw new Error("two instances");
    await a.change((data) => {
      data.people.x = person("Ada");
    });
    await b.caughtUp(a.seq);
    expect(b.data.people.x?.displayName).toBe("Ada");
    expect(b.seq).toBe(a.seq);
    expect(Object.isFrozen(b.data.people.x)).toBe(true);
  });

  it("fails the changes it cannot run over the records missed, then works once they can be read", async () => {
    const { a, b, bLog } = await silentPair();
    await a.change((data) => {
      data.people.x = person("Ada");
    });
    if (!bLog) throw new Error("b's log");
    bLog.failingReads = 1;
    const addBruno = (data: Data) => {
      data.people.y = person("Bruno");
    };
    await expect(b.change(addBruno)).rejects.toThrow("connection refused");
    await b.change(addBruno);
    expect(Object.keys(b.data.people)).toEqual(["x", "y"]);
  });

  it("keeps its own room bookkeeping when another instance wrote first", async () => {
    const { a, b, shared } = await silentPair();
    b.changeSoon((data) => {
      data.rooms.r = { createdAt: "t", lastLoadedAt: "t", storedBytes: 10, storedUpdates: 1 };
    });
    await a.change((data) => {
      data.people.x = person("Ada");
    });
    await b.flush(); // refused once: b catches up, keeps its bookkeeping and writes it after
    expect(b.data.rooms.r?.storedBytes).toBe(10);
    expect(b.data.people.x?.displayName).toBe("Ada");
    await a.refresh();
    expect(a.data.rooms.r?.storedBytes).toBe(10);
    expect(shared.records).toHaveLength(2);
  });
});
