import type { SignupPolicy } from "@tavolo/shared";
import type { Logger } from "pino";
import type * as Y from "yjs";
import type { RoomTokens } from "../auth/room-token.ts";
import type { Database } from "../db/database.ts";
import type { SeedRoom } from "../documents/seed-room.ts";
import type { PdfSigner } from "../exports/signing/sign-pdf.ts";
import type { OriginPolicy } from "../http/origin-policy.ts";
import type { OidcSettings } from "../identity/oidc-client.ts";

/** What the API's route modules need. */
export interface ApiDeps {
  db: Database;
  secret: string;
  /** Decides whether the session cookie is `Secure` (https directly or behind a TLS proxy). */
  origins: OriginPolicy;
  tokens: RoomTokens;
  log: Logger;
  /** Closes a person's open sync connections to some rooms (on revocation or role change). */
  disconnect: (personId: string, rooms: readonly string[], code: number, reason: string) => void;
  /** Closes the sync connections one browser session opened (on sign-out). */
  disconnectSession: (sessionId: string, code: number, reason: string) => void;
  /** Writes the first state of a room that was just named and nobody has opened (documents). */
  seedRoom: SeedRoom;
  /** Server-side edits of rooms' documents, stored and relayed like any client's edit. */
  rooms: RoomEditor;
  /** Where files live (DATA_DIR): the boards' photos go under it. */
  dataDir: string;
  /** Signs the PDFs of frozen versions when a certificate is configured (SIGNING_P12_PATH). */
  pdfSigner?: PdfSigner | null;
  /** The identity provider for OpenID Connect sign-in (OIDC_ISSUER), null when off. */
  oidc?: OidcSettings | null;
  /** Sign-up policy, instance admin token and sign-in link lifetime (see server/src/identity). */
  identity: IdentitySettings;
}

export interface IdentitySettings {
  signupPolicy: SignupPolicy;
  adminToken: string | undefined;
  signInLinkMinutes: number;
}

/** See `RoomRegistry.editRooms`. */
export interface RoomEditor {
  editRooms<T>(names: readonly string[], edit: (docs: Y.Doc[]) => T): Promise<T>;
}

/**
 * `rooms` with `check` run in the same synchronous step as each edit: an edit that awaited room
 * loads since its first check is refused (check's error) if the right went away meanwhile.
 */
export function checkedEditor(rooms: RoomEditor, check: () => void): RoomEditor {
  return {
    editRooms: (names, edit) =>
      rooms.editRooms(names, (docs) => {
        check();
        return edit(docs);
      }),
  };
}
