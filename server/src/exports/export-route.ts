import type { Context } from "hono";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { readLiveState } from "../versions/freeze.ts";
import { documentRoom, requireSession } from "../versions/rights.ts";
import { findVersion } from "../versions/views.ts";
import { draftExport } from "./build-export.ts";
import { fileSha256, recordExportHash } from "./export-hashes.ts";
import type { ExportDocument } from "./model.ts";
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  type ExportFormat,
  isExportFormat,
  render,
} from "./render.ts";
import { versionFile } from "./version-file.ts";

export function readFormat(c: Context): ExportFormat {
  const format = c.req.query("format") ?? "pdf";
  if (!isExportFormat(format)) {
    throw new ApiError(400, `format: must be one of ${EXPORT_FORMATS.join(", ")}`);
  }
  return format;
}

/** A file name of letters, digits and dashes: "proposta-progettuale-v2.pdf". */
export function fileName(title: string, suffix: string, format: ExportFormat): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "documento"}-${suffix}.${format}`;
}

function respond(
  c: Context,
  d: ExportDocument,
  format: ExportFormat,
  suffix: string,
  bytes: Uint8Array,
) {
  return c.body(bytes.buffer as ArrayBuffer, 200, {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="${fileName(d.title, suffix, format)}"`,
    "X-Tavolo-Impronta": d.hash,
    "Cache-Control": "no-store",
  });
}

/**
 * `GET /api/versions/:id/export?format=…`: a frozen version, the same bytes every time, each
 * distinct file's SHA-256 recorded so that anyone can verify it later (`/api/verify`).
 */
export function versionExportRoute(deps: ApiDeps): Hono<AuthEnv> {
  const { db } = deps;
  const states = db.versionStates;
  return new Hono<AuthEnv>().use("*", requireSession).get("/", async (c) => {
    const version = findVersion(db.data, readId(c, "id"));
    const { person } = requireMember(c, db.data, version.procedureId);
    const format = readFormat(c);
    const file = await versionFile(deps, states, c.req.raw, version, format, person);
    await recordExportHash(db, fileSha256(file.bytes), { versionId: version.id, format });
    return respond(c, file.document, format, `v${version.number}`, file.bytes);
  });
}

/** `GET /api/rooms/:room/export?format=…`: the live draft, marked BOZZA on every page. */
export function draftExportRoute({ db, rooms }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().use("*", requireSession).get("/", async (c) => {
    const room = documentRoom(db.data, readId(c, "room"));
    requireMember(c, db.data, room.procedureId);
    const format = readFormat(c);
    const live = await readLiveState(rooms, db.data, room.id);
    if (!live.canonical.ok) {
      const error = "the document cannot be exported as it stands";
      return c.json({ error, problems: live.canonical.problems }, 409);
    }
    // Only the DOCX shows pending suggestions, as tracked changes a reviewer can settle.
    const text =
      format === "docx" ? (live.draft ?? live.canonical.canonical) : live.canonical.canonical;
    const d = draftExport(db.data, room, text, new Date());
    return respond(c, d, format, "bozza", await render(d, format));
  });
}
