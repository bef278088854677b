import { type RoomName, RoomNameSchema } from "@tavolo/shared";
import type pg from "pg";
import { inTransaction } from "../pg/transaction.ts";
import type { DocStore, StoredDoc } from "./doc-store.ts";

interface UpdateRow {
  seq: string;
  update: Buffer;
}

/**
 * Stores each room's log as rows of `room_updates` (server/migrations/001_rooms.sql). Several
 * instances may hold one room open at once: each appends its own rows, and a compaction
 * deletes only the rows that instance merged, so updates another instance committed meanwhile
 * stay. A write resolves once PostgreSQL committed it (synchronous_commit, see pool.ts).
 */
export class PgDocStore implements DocStore {
  constructor(private readonly pool: pg.Pool) {}

  async open(room: RoomName): Promise<StoredDoc> {
    const name = RoomNameSchema.parse(room);
    // Written only the first time, so an existing room opens even when writes fail.
    await this.pool.query(
      `INSERT INTO rooms (name) SELECT $1::text
       WHERE NOT EXISTS (SELECT 1 FROM rooms WHERE name = $1) ON CONFLICT DO NOTHING`,
      [name],
    );
    const { rows } = await this.pool.query<UpdateRow>(
      "SELECT seq, update FROM room_updates WHERE room = $1 ORDER BY seq",
      [name],
    );
    return new PgStoredDoc(this.pool, name, rows);
  }

  async list(): Promise<RoomName[]> {
    const { rows } = await this.pool.query<{ name: string }>("SELECT name FROM rooms");
    return rows.map((row) => row.name);
  }
}

/**
 * One instance's view of a room's log: the rows it read when opening and those it appended
 * since (`updateCount` and `byteLength` count these), which are what its compaction merges.
 */
class PgStoredDoc implements StoredDoc {
  initialUpdates: readonly Uint8Array[];
  byteLength: number;
  private closed = false;
  /** Row numbers of the rows this instance has read or written. */
  private known = new Set<string>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly room: RoomName,
    rows: readonly UpdateRow[],
  ) {
    this.initialUpdates = rows.map((row) => new Uint8Array(row.update));
    for (const row of rows) this.known.add(row.seq);
    this.byteLength = rows.reduce((sum, row) => sum + row.update.byteLength, 0);
  }

  get updateCount(): number {
    return this.known.size;
  }

  releaseInitialUpdates(): void {
    this.initialUpdates = [];
  }

  /** One statement, so one transaction: every update is committed, or none is. */
  async append(updates: readonly Uint8Array[]): Promise<void> {
    this.assertOpen();
    if (updates.length === 0) return;
    const { rows } = await this.pool.query<{ seq: string; bytes: number }>(
      `INSERT INTO room_updates (room, update)
       SELECT $1, u.update FROM unnest($2::bytea[]) WITH ORDINALITY AS u(update, n) ORDER BY n
       RETURNING seq, octet_length(update) AS bytes`,
      [this.room, updates.map(asBuffer)],
    );
    this.remember(rows);
  }

  /** Deletes the rows this instance merged and inserts their state, in one transaction. */
  async replace(state: Uint8Array): Promise<void> {
    this.assertOpen();
    const merged = [...this.known];
    const rows = await inTransaction(this.pool, async (client) => {
      await client.query("DELETE FROM room_updates WHERE room = $1 AND seq = ANY($2::bigint[])", [
        this.room,
        merged,
      ]);
      const inserted = await client.query<{ seq: string; bytes: number }>(
        `INSERT INTO room_updates (room, update) VALUES ($1, $2)
         RETURNING seq, octet_length(update) AS bytes`,
        [this.room, asBuffer(state)],
      );
      return inserted.rows;
    });
    this.known = new Set();
    this.byteLength = 0;
    this.remember(rows);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private remember(rows: readonly { seq: string; bytes: number }[]): void {
    for (const row of rows) {
      this.known.add(row.seq);
      this.byteLength += row.bytes;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`update log of room ${this.room} is closed`);
  }
}

/** pg sends a Buffer as bytea; a plain Uint8Array would be sent as text. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
