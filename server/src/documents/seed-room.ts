import type { RoomName } from "@tavolo/shared";
import type { DocStore } from "../storage/doc-store.ts";

/** Writes a new room's first state straight into its log (see `roomSeeder`). */
export type SeedRoom = (room: RoomName, update: Uint8Array) => Promise<void>;

/**
 * Seeds rooms that were just named and that nobody can have opened yet: the update is appended
 * to the room's empty log and fsynced, and the log closed again, without loading the room. A
 * log that already holds something is refused, since the seed (a document's sections and
 * blocks) must be the first thing in it: two seeds would create every nested map twice.
 */
export function roomSeeder(store: DocStore): SeedRoom {
  return async (room, update) => {
    const stored = await store.open(room);
    try {
      if (stored.updateCount > 0) throw new Error(`room ${room} already has stored state`);
      await stored.append([update]);
    } finally {
      await stored.close();
    }
  };
}
