-- The metadata (server/src/db/pg-metadata-log.ts) and frozen versions' stored forms
-- (server/src/storage/pg-version-blobs.ts), shared by every instance.

-- One row per metadata record: the entries one batch of changes touched. An instance appends
-- its record as the number after the last one it applied; the primary key refuses a number
-- another instance took first, and that instance then catches up and drafts its changes again.
-- `json`, not `jsonb`: the text is kept as written, so entries keep the order they were added in.
CREATE TABLE metadata_records (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  ops json NOT NULL
);

-- The whole metadata as of record `seq`; opening reads the newest and the records after it.
CREATE TABLE metadata_snapshots (
  seq bigint PRIMARY KEY CHECK (seq >= 0),
  data json NOT NULL
);

-- A frozen version's Yjs state and canonical text, written once before the version is recorded.
CREATE TABLE version_blobs (
  version_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('state', 'text')),
  bytes bytea NOT NULL,
  PRIMARY KEY (version_id, kind)
);
