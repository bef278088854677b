import { Hono } from "hono";
import * as Y from "yjs";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import { recordAudit } from "../procedures/audit.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { readLiveState } from "./freeze.ts";
import { canonicalOfState, impronta } from "./hashing.ts";
import { restoreInto } from "./restore.ts";
import { requireFreezeRight, requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { findVersion } from "./views.ts";

/**
 * `POST /api/versions/:id/restore`: the live draft gets the version's text and tables again
 * (same rights as freezing). Refused if the stored state no longer gives the version's hash.
 */
export function restoreRoute({ db, rooms }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  return new Hono<AuthEnv>().use("*", requireSession).post("/", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    /** Same rights as freezing, asked again in each synchronous step that writes. */
    const mayRestore = () => {
      const { person, membership } = requireMember(c, db.data, version.procedureId);
      requireFreezeRight(db.data, membership);
      return person;
    };
    mayRestore();
    const state = await states.read(version.id);
    const rebuilt = state ? canonicalOfState(state) : null;
    if (!state || rebuilt === null || impronta(rebuilt) !== version.hash) {
      throw new ApiError(409, "the stored state of this version does not match its hash");
    }
    // The right is checked in the synchronous step that writes the room; the audit names who
    // held it then, even if it is withdrawn before the audit is written.
    const person = await rooms.editRooms([version.roomId], (docs) => {
      const person = mayRestore();
      restoreInto(docs[0] ?? new Y.Doc(), state);
      return person;
    });
    const live = await readLiveState(rooms, db.data, version.roomId);
    const draftHash = live.canonical.ok ? impronta(live.canonical.canonical) : null;
    await db.change((data) =>
      recordAudit(data, version.procedureId, person, "version.restored", {
        number: version.number,
        hash: version.hash,
      }),
    );
    return c.json({ draftHash });
  });
}
