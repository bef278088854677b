import type pg from "pg";
import type { VersionBlobKind, VersionBlobs } from "./version-blobs.ts";

/**
 * Frozen versions' states and texts in PostgreSQL (`version_blobs`), so that every instance
 * serves what any of them froze. A write resolves once committed, and is read back and compared
 * first, as the file store does.
 */
export class PgVersionBlobs implements VersionBlobs {
  constructor(private readonly pool: pg.Pool) {}

  async write(versionId: string, kind: VersionBlobKind, bytes: Uint8Array): Promise<void> {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { rows } = await this.pool.query<{ same: boolean }>(
      `INSERT INTO version_blobs (version_id, kind, bytes) VALUES ($1, $2, $3)
       ON CONFLICT (version_id, kind) DO UPDATE SET bytes = EXCLUDED.bytes
       RETURNING bytes = $3 AS same`,
      [versionId, kind, data],
    );
    if (rows[0]?.same !== true) throw new Error(`version ${versionId}: ${kind} not stored whole`);
  }

  async read(versionId: string, kind: VersionBlobKind): Promise<Uint8Array | null> {
    const { rows } = await this.pool.query<{ bytes: Buffer }>(
      "SELECT bytes FROM version_blobs WHERE version_id = $1 AND kind = $2",
      [versionId, kind],
    );
    const row = rows[0];
    return row ? new Uint8Array(row.bytes) : null;
  }

  /** The rows' transaction ids: any write to either row changes its xmin. */
  async stamp(versionId: string): Promise<string> {
    const { rows } = await this.pool.query<{ stamp: string | null }>(
      `SELECT string_agg(kind || ':' || xmin::text, '|' ORDER BY kind) AS stamp
       FROM version_blobs WHERE version_id = $1`,
      [versionId],
    );
    return rows[0]?.stamp ?? "missing";
  }
}
