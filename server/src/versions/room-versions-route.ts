import { FreezeVersionSchema, type VersionList } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { signatureChecks } from "./approval-signature.ts";
import { organisationSnapshot, readLiveState, recordVersion, versionsOfRoom } from "./freeze.ts";
import { impronta } from "./hashing.ts";
import { damageOf, isTestoConcordato } from "./integrity.ts";
import { approvalReasonFor, documentRoom, requireFreezeRight, requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { roundsOfRoom, summaryOf } from "./views.ts";

/** `/api/rooms/:room/versions`: freeze the document's server state now; list its versions. */
export function roomVersionsRoute({ db, rooms }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", requireSession);

  route.get("/", async (c) => {
    const room = documentRoom(db.data, readId(c, "room"));
    requireMember(c, db.data, room.procedureId);
    const live = await readLiveState(rooms, db.data, room.id);
    const versions = versionsOfRoom(db.data, room.id);
    const damaged: VersionList["damaged"] = {};
    for (const version of versions) {
      const damage = await damageOf(db, states, version);
      if (damage.length > 0) damaged[version.id] = damage;
    }
    const agreed = versions.find((v) => isTestoConcordato(db.data, v, damaged[v.id] ?? []));
    const body: VersionList = {
      versions: versions.map(summaryOf),
      rounds: roundsOfRoom(db.data, room.id),
      agreedVersionId: agreed?.id ?? null,
      damaged,
      signatures: Object.fromEntries(versions.map((v) => [v.id, signatureChecks(db.data, v)])),
      draftHash: live.canonical.ok ? impronta(live.canonical.canonical) : null,
      draftCompleteness: live.canonical.ok ? live.completeness : null,
    };
    return c.json(body);
  });

  route.post("/", async (c) => {
    const room = documentRoom(db.data, readId(c, "room"));
    /** Asked again in the step that records the version: rights may change while we await. */
    const mayFreeze = (data: Readonly<Data>) => {
      const { person, membership } = requireMember(c, data, room.procedureId);
      requireFreezeRight(data, membership);
      return { person, membership };
    };
    mayFreeze(db.data);
    const body = await readBody(c, FreezeVersionSchema);
    const { label, openApproval } = body;
    if (openApproval && organisationSnapshot(db.data, room.procedureId).length === 0) {
      throw new ApiError(409, "openApproval: the procedure has no organisation to approve");
    }
    const live = await readLiveState(rooms, db.data, room.id);
    if (!live.canonical.ok) {
      const error = "the document cannot be frozen as it stands";
      return c.json({ error, problems: live.canonical.problems }, 409);
    }
    // The report is of the very state frozen; the right to override it is asked again below.
    const { completeness } = live;
    approvalReasonFor(mayFreeze(db.data).membership, completeness, body);
    const id = newId();
    const { canonical } = live.canonical;
    // State and text are on disk, verified, before the metadata records the version.
    await states.write(id, live.state);
    await db.versionTexts.write(id, canonical);
    const version = await db.change((data) => {
      const { person, membership } = mayFreeze(data);
      return recordVersion(data, {
        id,
        room,
        author: person,
        label,
        canonical,
        stateBytes: live.state.byteLength,
        openApproval,
        completeness,
        approvalReason: approvalReasonFor(membership, completeness, body),
      });
    });
    return c.json(version, 201);
  });

  return route;
}
