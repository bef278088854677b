-- Rooms and their Yjs update logs (server/src/storage/pg-doc-store.ts).

-- A room exists once its log was opened, as a file exists in the embedded store.
CREATE TABLE rooms (
  name text PRIMARY KEY
);

-- One row per committed update. `seq` orders a room's updates as they were committed by one
-- instance; rows of several instances interleave, which Yjs does not mind (updates commute).
-- Compaction deletes the rows it merged and inserts their merged state as a new row.
CREATE TABLE room_updates (
  room text NOT NULL REFERENCES rooms (name),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  update bytea NOT NULL,
  PRIMARY KEY (room, seq)
);
