import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { requireSession } from "../versions/rights.ts";
import { findVersion, frozenText } from "../versions/views.ts";
import { agidMetadata } from "./agid-metadata.ts";
import { versionExport } from "./build-export.ts";
import { fileName, readFormat } from "./export-route.ts";
import { render } from "./render.ts";
import { sealed } from "./signing/sign-pdf.ts";

/**
 * `GET /api/versions/:id/metadata-agid?format=…`: the Allegato 5 metadata of the file the
 * export route gives for the same version and format (pdf by default), its impronta included:
 * the file is rendered, and signed when a certificate is configured, exactly as downloaded.
 */
export function agidMetadataRoute({ db, pdfSigner }: ApiDeps) {
  return new Hono<AuthEnv>().use("*", requireSession).get("/", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    requireMember(c, db.data, version.procedureId);
    const format = readFormat(c);
    // Described only from the stored text while it verifies (409 otherwise), as exported.
    const canonical = await frozenText(db, version);
    const document = versionExport(db.data, version, canonical);
    const signer = format === "pdf" ? (pdfSigner ?? null) : null;
    const bytes = await sealed(await render(document, format), document, format, signer);
    const room = db.data.workspaceRooms[version.roomId];
    if (!room) throw new Error(`version ${version.id}: room missing`);
    const name = fileName(document.title, `v${version.number}`, format);
    return c.json(agidMetadata(db.data, version, room, { format, name, bytes, signed: !!signer }));
  });
}
