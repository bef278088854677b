import type {
  ApprovalRound,
  AuditEvent,
  Invitation,
  Meeting,
  Organisation,
  Procedure,
  Role,
  RoomName,
  VersionSummary,
  WorkspaceRoom,
} from "@tavolo/shared";

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

/**
 * A frozen version as the metadata holds it: everything but its canonical text, which lives in
 * `DATA_DIR/versions/<id>.canonical.json` beside its Yjs state (see version-texts.ts).
 */
export type StoredVersion = VersionSummary;

/** A file Tavolo exported of a frozen version, found again by its SHA-256 (public verification). */
export interface ExportHashRecord {
  versionId: string;
  format: "pdf" | "docx" | "odt" | "md" | "html";
  /** When the file was first rendered. */
  at: string;
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
  /** Frozen versions of documents: never rewritten (their state and text are in `versions/`). */
  versions: Record<string, StoredVersion>;
  approvalRounds: Record<string, ApprovalRound>;
  /** SHA-256 of each distinct file exported of a frozen version → which version and format. */
  exportHashes: Record<string, ExportHashRecord>;
  audit: AuditEvent[];
}

export const emptyData = (): Data => ({
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
  exportHashes: {},
  audit: [],
});
