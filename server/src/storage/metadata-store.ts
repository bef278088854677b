import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { RoomName } from "@tavolo/shared";
import type { Low } from "lowdb";
import { JSONFilePreset } from "lowdb/node";

export interface RoomRecord {
  createdAt: string;
  lastLoadedAt: string;
  lastStoredAt?: string;
  /** Size of the room's log on disk and its number of updates when it was last unloaded. */
  storedBytes: number;
  storedUpdates: number;
}

interface Metadata {
  version: 1;
  rooms: Record<RoomName, RoomRecord>;
}

/** The embedded metadata store: one JSON file written atomically by lowdb. */
export class MetadataStore {
  private constructor(private readonly db: Low<Metadata>) {}

  static async open(dataDir: string): Promise<MetadataStore> {
    await mkdir(dataDir, { recursive: true });
    const db = await JSONFilePreset<Metadata>(path.join(dataDir, "metadata.json"), {
      version: 1,
      rooms: {},
    });
    return new MetadataStore(db);
  }

  room(name: RoomName): RoomRecord | undefined {
    return this.db.data.rooms[name];
  }

  async roomLoaded(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    const now = new Date().toISOString();
    const existing = this.db.data.rooms[name];
    this.db.data.rooms[name] = {
      createdAt: existing?.createdAt ?? now,
      lastLoadedAt: now,
      lastStoredAt: existing?.lastStoredAt,
      storedBytes: size.bytes,
      storedUpdates: size.updates,
    };
    await this.db.write();
  }

  async roomStored(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    const record = this.db.data.rooms[name];
    if (!record) return;
    record.lastStoredAt = new Date().toISOString();
    record.storedBytes = size.bytes;
    record.storedUpdates = size.updates;
    await this.db.write();
  }
}
