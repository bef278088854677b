import type {
  ApprovalRound,
  AuditEvent,
  Invitation,
  Meeting,
  Organisation,
  Procedure,
  Role,
  RoomName,
  SectionStatusRecord,
  SignInLinkKind,
  SignInMethod,
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
  /** An instance administrator: creates procedures whatever the sign-up policy. */
  isAdmin?: boolean;
  /** Invited to the instance by an administrator: creates procedures under `SIGNUP_POLICY=invited`. */
  mayCreateProcedures?: boolean;
}

export type { SignInMethod };

export interface SessionRecord {
  id: string;
  personId: string;
  createdAt: string;
  expiresAt: string;
  method?: SignInMethod;
  lastUsedAt?: string;
  /** A short description of the browser ("Chrome su Windows"), for the devices list. */
  device?: string;
  /** For an OIDC session: the issuer, the IdP's subject and the assurance level it reported. */
  oidc?: { issuer: string; subject: string; acr: string | null };
}

/** A WebAuthn credential (passkey) of a person; `id` is the credential id, base64url. */
export interface PasskeyRecord {
  id: string;
  personId: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  /** The name the person gave the device ("Portatile ufficio"). */
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** An institutional identity linked to a person; keyed by `${issuer} ${subject}`. */
export interface OidcIdentityRecord {
  issuer: string;
  subject: string;
  personId: string;
  acr: string | null;
  email: string | null;
  linkedAt: string;
  lastUsedAt: string;
}

/**
 * A re-authentication at the identity provider that confirms one decision on one version for
 * one organisation; consumed once by the approval it confirms (server/src/identity/oidc-approval.ts).
 */
export interface OidcApprovalProofRecord {
  id: string;
  personId: string;
  issuer: string;
  subject: string;
  acr: string | null;
  /** When the person authenticated at the provider (ISO), from the ID token's `auth_time`. */
  authTime: string;
  versionId: string;
  versionSha256: string;
  organisationId: string;
  decision: "approve" | "request_changes";
  /** The reason of a request for changes, bound like the decision; null for an approval. */
  reason: string | null;
  expiresAt: string;
}

/** A personal API token; only its SHA-256 is kept. */
export interface ApiTokenRecord {
  id: string;
  personId: string;
  name: string;
  tokenSha256: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A one-time sign-in link: issued by a facilitator for a person, or at first start. */
export interface SignInLinkRecord {
  id: string;
  tokenSha256: string;
  personId: string;
  /** The facilitator who issued it; null for the first-start administrator link. */
  issuedBy: string | null;
  procedureId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** Absent: a facilitator's sign-in link. */
  kind?: SignInLinkKind;
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
  /** Sign-off of each document's sections: room id → section key → its state. */
  sectionStatuses: Record<string, Record<string, SectionStatusRecord>>;
  /** SHA-256 of each distinct file exported of a frozen version → which version and format. */
  exportHashes: Record<string, ExportHashRecord>;
  passkeys: Record<string, PasskeyRecord>;
  oidcIdentities: Record<string, OidcIdentityRecord>;
  oidcApprovalProofs: Record<string, OidcApprovalProofRecord>;
  apiTokens: Record<string, ApiTokenRecord>;
  signInLinks: Record<string, SignInLinkRecord>;
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
  sectionStatuses: {},
  exportHashes: {},
  passkeys: {},
  oidcIdentities: {},
  oidcApprovalProofs: {},
  apiTokens: {},
  signInLinks: {},
  audit: [],
});
