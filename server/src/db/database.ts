import { mkdir } from "node:fs/promises";
import path from "node:path";
import type {
  ApprovalRound,
  AuditEvent,
  DocumentVersion,
  Invitation,
  Meeting,
  Organisation,
  Procedure,
  Role,
  RoomName,
  WorkspaceRoom,
} from "@tavolo/shared";
import { Low } from "lowdb";
import { DurableJSONFile } from "./durable-json-file.ts";

export interface RoomRecord {
  createdAt: string;
  lastLoadedAt: string;
  lastStoredAt?: string;
  /** Size of the room's log on disk and its number of updates when it was last stored. */
  storedBytes: number;
  storedUpdates: number;
}

export interface PersonRecord {
  id: string;
  displayName: string;
  createdAt: string;
}

export interface SessionRecord {
  id: string;
  personId: string;
  createdAt: string;
  expiresAt: string;
}

export interface MembershipRecord {
  procedureId: string;
  personId: string;
  role: Role;
  organisationId: string | null;
  joinedAt: string;
  revokedAt: string | null;
}

export interface Data {
  version: 2;
  rooms: Record<RoomName, RoomRecord>;
  people: Record<string, PersonRecord>;
  sessions: Record<string, SessionRecord>;
  procedures: Record<string, Procedure>;
  memberships: MembershipRecord[];
  organisations: Record<string, Organisation>;
  invitations: Record<string, Invitation>;
  meetings: Record<string, Meeting>;
  workspaceRooms: Record<string, WorkspaceRoom>;
  /** Frozen versions of documents: never rewritten (their Yjs states are in `versions/`). */
  versions: Record<string, DocumentVersion>;
  approvalRounds: Record<string, ApprovalRound>;
  audit: AuditEvent[];
}

const empty = (): Data => ({
  version: 2,
  rooms: {},
  people: {},
  sessions: {},
  procedures: {},
  memberships: [],
  organisations: {},
  invitations: {},
  meetings: {},
  workspaceRooms: {},
  versions: {},
  approvalRounds: {},
  audit: [],
});

/**
 * The embedded metadata store: one JSON file, held in memory and written durably on every
 * change. `change` resolves only once the new state is on disk.
 */
export class Database {
  private lazyWrite: NodeJS.Timeout | null = null;

  private constructor(
    private readonly low: Low<Data>,
    /** The data folder, beside metadata.json (frozen versions keep their Yjs state there). */
    readonly dir: string,
  ) {}

  static async open(dataDir: string): Promise<Database> {
    await mkdir(dataDir, { recursive: true });
    const low = new Low<Data>(new DurableJSONFile(path.join(dataDir, "metadata.json")), empty());
    await low.read();
    low.data = { ...empty(), ...low.data, version: 2 };
    return new Database(low, dataDir);
  }

  get data(): Readonly<Data> {
    return this.low.data;
  }

  /** Applies `mutate` to the data and waits until the result is durable. */
  async change<T>(mutate: (data: Data) => T): Promise<T> {
    const result = mutate(this.low.data);
    await this.low.write();
    return result;
  }

  /**
   * Applies `mutate` now and writes it within a second, for bookkeeping that a crash may lose
   * (room sizes) and that must not put an fsync on a room's load path.
   */
  changeSoon(mutate: (data: Data) => void): void {
    mutate(this.low.data);
    this.lazyWrite ??= setTimeout(() => {
      this.lazyWrite = null;
      void this.low.write();
    }, 1000);
  }

  /** Writes any pending bookkeeping; called on shutdown. */
  async flush(): Promise<void> {
    if (!this.lazyWrite) return;
    clearTimeout(this.lazyWrite);
    this.lazyWrite = null;
    await this.low.write();
  }

  async roomLoaded(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    this.changeSoon((data) => {
      const now = new Date().toISOString();
      const existing = data.rooms[name];
      data.rooms[name] = {
        createdAt: existing?.createdAt ?? now,
        lastLoadedAt: now,
        lastStoredAt: existing?.lastStoredAt,
        storedBytes: size.bytes,
        storedUpdates: size.updates,
      };
    });
  }

  async roomStored(name: RoomName, size: { bytes: number; updates: number }): Promise<void> {
    this.changeSoon((data) => {
      const record = data.rooms[name];
      if (!record) return;
      record.lastStoredAt = new Date().toISOString();
      record.storedBytes = size.bytes;
      record.storedUpdates = size.updates;
    });
  }
}
