import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { requireSession } from "../versions/rights.ts";
import { findVersion } from "../versions/views.ts";
import { agidMetadata } from "./agid-metadata.ts";
import { fileName, readFormat } from "./export-route.ts";
import { versionFile } from "./version-file.ts";

/**
 * `GET /api/versions/:id/metadata-agid?format=…`: the Allegato 5 metadata of the file the
 * export route gives for the same version and format (pdf by default), its impronta included:
 * the file is rendered (from a text that verifies), and signed when configured, as downloaded.
 */
export function agidMetadataRoute(deps: ApiDeps) {
  const { db } = deps;
  const states = db.versionStates;
  return new Hono<AuthEnv>().use("*", requireSession).get("/", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    const { person } = requireMember(c, db.data, version.procedureId);
    const format = readFormat(c);
    const { document, bytes, signed } = await versionFile(
      deps,
      states,
      c.req.raw,
      version,
      format,
      person,
    );
    const room = db.data.workspaceRooms[version.roomId];
    if (!room) throw new Error(`version ${version.id}: room missing`);
    const name = fileName(document.title, `v${version.number}`, format);
    return c.json(agidMetadata(db.data, version, room, { format, name, bytes, signed }));
  });
}
