import { type ChainEntry, verifyChain } from "@tavolo/shared";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { StoredVersion } from "../db/database.ts";
import type { VersionTexts } from "../db/version-texts.ts";
import { readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { canonicalOfState, impronta } from "./hashing.ts";
import { requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { summaryOf } from "./views.ts";

async function chainEntry(
  version: StoredVersion,
  states: VersionStates,
  texts: VersionTexts,
): Promise<ChainEntry> {
  const state = await states.read(version.id);
  const text = await texts.readStored(version.id);
  const rebuilt = state ? canonicalOfState(state) : null;
  return {
    id: version.id,
    roomId: version.roomId,
    number: version.number,
    hash: version.hash,
    previousHash: version.previousHash,
    // A missing text file gives no hash at all: reported as canonical-mismatch.
    hashOfCanonical: text === null ? "" : impronta(text),
    hashOfState: rebuilt === null ? null : impronta(rebuilt),
  };
}

/** `/api/procedures/:pid/versions`: every frozen version, and the check of their chains. */
export function procedureVersionsRoute({ db }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", requireSession);
  const versionsOf = (pid: string) =>
    Object.values(db.data.versions).filter((version) => version.procedureId === pid);

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(versionsOf(pid).map(summaryOf));
  });

  route.get("/verify", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    const entries = await Promise.all(
      versionsOf(pid).map((v) => chainEntry(v, states, db.versionTexts)),
    );
    return c.json({ checkedAt: new Date().toISOString(), ...verifyChain(entries) });
  });

  return route;
}
