import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { Logger } from "pino";
import { type Data, emptyData } from "../db/data.ts";
import { Database } from "../db/database.ts";
import { PgMetadataLog, writeFirstSnapshot } from "../db/pg-metadata-log.ts";
import { SnapshotFile } from "../db/snapshot-file.ts";
import type { DocStore } from "../storage/doc-store.ts";
import { replaceFileVerified } from "../storage/durable-write.ts";
import { FileDocStore } from "../storage/file-doc-store.ts";
import { PgDocStore } from "../storage/pg-doc-store.ts";
import { PgVersionBlobs } from "../storage/pg-version-blobs.ts";
import { FileVersionBlobs, type VersionBlobs } from "../storage/version-blobs.ts";

/** One place Tavolo's data can live: its metadata, room logs and frozen versions' blobs. */
export interface StorageSide {
  /** For messages: the folder, or "PostgreSQL". */
  readonly name: string;
  docs(): DocStore;
  readonly blobs: VersionBlobs;
  /** The whole metadata as a server opening this side would see it. */
  readMetadata(): Promise<Data>;
  /** Writes `data` as this side's first metadata (last, once the rest is copied); refuses if it has any. */
  writeMetadata(data: Data): Promise<void>;
  /** The generated key that signs cookies and room tokens, if there is one. */
  readSecret(): Promise<string | null>;
  writeSecret(secret: string): Promise<void>;
  /** What this side already holds, if anything (a copy goes only into an empty side). */
  contents(): Promise<string[]>;
}

/** An embedded DATA_DIR (server stopped). */
export function dataDirSide(dataDir: string, log: Logger): StorageSide {
  return {
    name: dataDir,
    docs: () => new FileDocStore(path.join(dataDir, "rooms"), log),
    blobs: new FileVersionBlobs(dataDir),
    async readMetadata() {
      // Opening as the server does: the journal replayed, older formats brought up to date.
      const db = await Database.open(dataDir);
      await db.close();
      return structuredClone(db.data) as Data;
    },
    async writeMetadata(data) {
      const present = await this.contents();
      if (present.some((name) => name.startsWith("metadata."))) {
        throw new Error(`${dataDir} already holds metadata`);
      }
      await new SnapshotFile(path.join(dataDir, "metadata.json")).write({
        seq: 0,
        data: { ...data },
      });
    },
    async readSecret() {
      try {
        return (await readFile(path.join(dataDir, "secret.key"), "utf8")).trim();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async writeSecret(secret) {
      await mkdir(dataDir, { recursive: true });
      const file = path.join(dataDir, "secret.key");
      await replaceFileVerified(file, Buffer.from(secret, "utf8"), { mode: 0o600 });
    },
    async contents() {
      try {
        return await readdir(dataDir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
    },
  };
}

/** The tables of DATABASE_URL's schema, migrated (server/migrations). */
export function postgresSide(pool: pg.Pool, log: Logger): StorageSide {
  return {
    name: "PostgreSQL",
    docs: () => new PgDocStore(pool),
    blobs: new PgVersionBlobs(pool),
    async readMetadata() {
      const opened = await PgMetadataLog.open(pool, log, emptyData());
      await opened.log.close();
      return opened.data as unknown as Data;
    },
    writeMetadata: (data) => writeFirstSnapshot(pool, data),
    async readSecret() {
      const { rows } = await pool.query<{ secret: string }>("SELECT secret FROM signing_key");
      return rows[0]?.secret ?? null;
    },
    async writeSecret(secret) {
      await pool.query("INSERT INTO signing_key (secret) VALUES ($1)", [secret]);
    },
    async contents() {
      const tables = [
        "rooms",
        "metadata_snapshots",
        "metadata_records",
        "version_blobs",
        "signing_key",
      ];
      const found: string[] = [];
      for (const table of tables) {
        const { rows } = await pool.query(`SELECT 1 FROM ${table} LIMIT 1`);
        if (rows.length > 0) found.push(table);
      }
      return found;
    },
  };
}
