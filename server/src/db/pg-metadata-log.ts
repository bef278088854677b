import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";
import type { Logger } from "pino";
import { inTransaction } from "../pg/transaction.ts";
import { applyEntryOps, type EntryOp } from "./entry-ops.ts";
import type { JournalRecord } from "./journal.ts";
import type { AppendOutcome, MetadataLog } from "./metadata-log.ts";
import { SNAPSHOT_AFTER_BYTES } from "./metadata-store.ts";

/** PostgreSQL's unique_violation: the record's number was taken by another instance. */
const UNIQUE_VIOLATION = "23505";
/** Wait before listening again after the listening connection was lost. */
const RELISTEN_MS = 1000;

export interface PgLogOptions {
  snapshotAfterBytes?: number;
}

interface RecordRow {
  seq: string;
  ops: EntryOp[];
}

/**
 * The metadata's records in PostgreSQL (`metadata_records`, `metadata_snapshots`, see
 * server/migrations/002_metadata.sql), appended by every instance. An append inserts record
 * `seq + 1` and, in the same statement (one transaction), notifies the other instances, which
 * read what they missed. The notification only says "read": a lost one (the listening
 * connection dropped) costs latency, never a record, since the next append of that instance
 * is refused until it has read them, and the listener catches up when it listens again.
 */
export class PgMetadataLog implements MetadataLog {
  private readonly id = randomBytes(8).toString("hex");
  private listener: () => void = () => undefined;
  private listening: pg.PoolClient | null = null;
  private closed = false;
  private bytesSinceSnapshot: number;
  private snapshotBytes: number;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    /** One NOTIFY channel per schema, so deployments (and tests) sharing a database stay apart. */
    private readonly channel: string,
    private lastSeq: number,
    opened: { snapshotBytes: number; recordBytes: number },
    private readonly snapshotAfterBytes: number,
  ) {
    this.snapshotBytes = opened.snapshotBytes;
    this.bytesSinceSnapshot = opened.recordBytes;
  }

  /**
   * Listens, then reads the newest snapshot and the records after it (one consistent read, so
   * nothing appended after it goes unheard), and gives the state they come to.
   */
  static async open(
    pool: pg.Pool,
    log: Logger,
    /** Put under the snapshot: collections an older snapshot lacks. */
    defaults: object,
    options: PgLogOptions = {},
  ): Promise<{ log: PgMetadataLog; data: Record<string, unknown> }> {
    const { rows } = await pool.query<{ schema: string }>("SELECT current_schema() AS schema");
    // Channel names are at most 63 bytes: the schema's name, hashed, fits whatever its length.
    const schemaHash = createHash("sha256").update(String(rows[0]?.schema)).digest("hex");
    const channel = `tavolo_metadata_${schemaHash.slice(0, 24)}`;
    const { seq, data, snapshotBytes, recordBytes } = await readState(pool, defaults);
    const metadataLog = new PgMetadataLog(
      pool,
      log,
      channel,
      seq,
      { snapshotBytes, recordBytes },
      options.snapshotAfterBytes ?? SNAPSHOT_AFTER_BYTES,
    );
    await metadataLog.listen();
    return { log: metadataLog, data };
  }

  get seq(): number {
    return this.lastSeq;
  }

  async append(ops: EntryOp[]): Promise<AppendOutcome> {
    const seq = this.lastSeq + 1;
    const json = JSON.stringify(ops);
    try {
      await this.pool.query(
        `WITH written AS (INSERT INTO metadata_records (seq, ops) VALUES ($1, $2))
         SELECT pg_notify($3, $4)`,
        [seq, json, this.channel, this.id],
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return "taken";
      throw error;
    }
    this.lastSeq = seq;
    this.bytesSinceSnapshot += json.length;
    return "written";
  }

  async readNew(): Promise<JournalRecord[]> {
    const { rows } = await this.pool.query<RecordRow>(
      "SELECT seq, ops FROM metadata_records WHERE seq > $1 ORDER BY seq",
      [this.lastSeq],
    );
    const records = rows.map((row) => ({ seq: Number(row.seq), ops: row.ops }));
    const first = records[0];
    if (first && first.seq !== this.lastSeq + 1) {
      throw new Error(
        `metadata: records ${this.lastSeq + 1}–${first.seq - 1} are gone (a snapshot replaced them): restart this instance`,
      );
    }
    for (const record of records) this.bytesSinceSnapshot += JSON.stringify(record.ops).length;
    this.lastSeq = records.at(-1)?.seq ?? this.lastSeq;
    return records;
  }

  /** Also calls `listener` once at once: records appended between the read and LISTEN. */
  onAppended(listener: () => void): void {
    this.listener = listener;
    queueMicrotask(listener);
  }

  wantsSnapshot(): boolean {
    return this.bytesSinceSnapshot >= Math.max(this.snapshotAfterBytes, this.snapshotBytes);
  }

  /**
   * Stores `data` as the snapshot as of `seq`, unless another instance stored one as recent,
   * and drops what the previous snapshot had made redundant: the snapshot before it and the
   * records up to it. The records since the previous snapshot stay, so an instance a little
   * behind still finds every record it missed.
   */
  async snapshot(data: object): Promise<void> {
    const seq = this.lastSeq;
    const json = JSON.stringify(data);
    await inTransaction(this.pool, async (client) => {
      await client.query(
        "SELECT pg_advisory_xact_lock(hashtext('tavolo metadata snapshot ' || current_schema()))",
      );
      const { rows } = await client.query<{ seq: number }>(
        "SELECT coalesce(max(seq), -1)::float8 AS seq FROM metadata_snapshots",
      );
      const previous = rows[0]?.seq ?? -1;
      if (previous < seq) {
        await client.query("INSERT INTO metadata_snapshots (seq, data) VALUES ($1, $2)", [
          seq,
          json,
        ]);
        await client.query("DELETE FROM metadata_snapshots WHERE seq < $1", [previous]);
        await client.query("DELETE FROM metadata_records WHERE seq <= $1", [previous]);
      }
    });
    this.bytesSinceSnapshot = 0;
    this.snapshotBytes = json.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.listening;
    this.listening = null;
    if (!client) return;
    await client.query(`UNLISTEN ${client.escapeIdentifier(this.channel)}`).catch(() => undefined);
    client.release();
  }

  /** Holds one connection that LISTENs; if it is lost, listens again and catches up. */
  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    client.on("notification", (message) => {
      if (message.channel === this.channel && message.payload !== this.id) this.listener();
    });
    client.on("error", (error) => {
      this.log.warn(
        { err: error },
        "metadata: lost the PostgreSQL connection listening for changes",
      );
      if (this.listening === client) this.listening = null;
      client.release(error);
      this.relisten();
    });
    await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    this.listening = client;
  }

  private relisten(): void {
    if (this.closed) return;
    setTimeout(() => {
      if (this.closed) return;
      this.listen().then(
        () => this.listener(),
        () => this.relisten(),
      );
    }, RELISTEN_MS).unref();
  }
}

/** The newest snapshot and every record after it, read in one REPEATABLE READ transaction. */
async function readState(pool: pg.Pool, defaults: object) {
  const { snapshot, records } = await inTransaction(
    pool,
    async (client) => {
      const snapshots = await client.query<{ seq: string; data: string }>(
        "SELECT seq, data::text AS data FROM metadata_snapshots ORDER BY seq DESC LIMIT 1",
      );
      const newest = snapshots.rows[0];
      const rows = await client.query<RecordRow & { bytes: number }>(
        "SELECT seq, ops, length(ops::text) AS bytes FROM metadata_records WHERE seq > $1 ORDER BY seq",
        [newest ? Number(newest.seq) : 0],
      );
      return { snapshot: newest, records: rows.rows };
    },
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
  );
  let seq = snapshot ? Number(snapshot.seq) : 0;
  const data: Record<string, unknown> = {
    ...defaults,
    ...(snapshot && JSON.parse(snapshot.data)),
  };
  let recordBytes = 0;
  for (const row of records) {
    if (Number(row.seq) !== seq + 1) {
      throw new Error(`metadata: record ${row.seq} follows ${seq}, records missing`);
    }
    applyEntryOps(data, row.ops);
    seq++;
    recordBytes += row.bytes;
  }
  return { seq, data, snapshotBytes: snapshot?.data.length ?? 0, recordBytes };
}

/**
 * Stores `data` as the first snapshot of an empty metadata (`npm run migrate -- --to-postgres`);
 * refuses if any snapshot or record exists already.
 */
export async function writeFirstSnapshot(pool: pg.Pool, data: object): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("LOCK TABLE metadata_snapshots, metadata_records IN EXCLUSIVE MODE");
    const { rows } = await client.query<{ n: string }>(
      "SELECT (SELECT count(*) FROM metadata_snapshots) + (SELECT count(*) FROM metadata_records) AS n",
    );
    if (Number(rows[0]?.n) > 0) throw new Error("PostgreSQL already holds metadata");
    await client.query("INSERT INTO metadata_snapshots (seq, data) VALUES (0, $1)", [
      JSON.stringify(data),
    ]);
  });
}
