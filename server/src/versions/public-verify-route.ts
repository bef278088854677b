import { ImprontaSchema, type PublicVerification, type UnknownVerification } from "@tavolo/shared";
import { type Context, Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { Database, StoredVersion } from "../db/database.ts";
import { fileSha256 } from "../exports/export-hashes.ts";
import { ApiError } from "../http/api-error.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { signatureStatus } from "./approval-signature.ts";
import { roundOf } from "./approvals.ts";
import {
  auditDamage,
  boundApprovals,
  damageOf,
  isTestoConcordato,
  SYSTEM_ACTOR,
} from "./integrity.ts";
import type { VersionStates } from "./version-states.ts";

interface Found {
  version: StoredVersion;
  match: PublicVerification["match"];
  format: PublicVerification["format"];
  fileHash: string | null;
  otherVersions: number;
}

/**
 * A file Tavolo exported, by its SHA-256; otherwise a version whose impronta it is. Versions of
 * the same text share an impronta (a document frozen twice unchanged): the testo concordato is
 * named first, then the latest frozen, and `otherVersions` says how many more share it.
 */
function lookUp(db: Database, hash: string): Found | null {
  const file = db.data.exportHashes[hash];
  const exported = file ? db.data.versions[file.versionId] : undefined;
  if (file && exported) {
    const found = { version: exported, format: file.format, fileHash: hash, otherVersions: 0 };
    return { ...found, match: "file" };
  }
  const agreed = (v: StoredVersion) =>
    db.data.procedures[v.procedureId]?.agreedVersionId === v.id ? 1 : 0;
  const same = Object.values(db.data.versions)
    .filter((v) => v.hash === hash)
    .sort((a, b) => agreed(b) - agreed(a) || b.createdAt.localeCompare(a.createdAt));
  const [version] = same;
  if (!version) return null;
  return {
    version,
    match: "impronta",
    format: null,
    fileHash: null,
    otherVersions: same.length - 1,
  };
}

/** What anyone may know of the version: who, what, when, whether agreed; never its text. */
async function describe(
  db: Database,
  states: VersionStates,
  found: Found,
): Promise<PublicVerification> {
  const { version } = found;
  const damage = await damageOf(db, states, version);
  if (damage.length > 0) await auditDamage(db, version, damage, SYSTEM_ACTOR);
  const procedure = db.data.procedures[version.procedureId];
  const round = roundOf(db.data, version.id);
  const names = new Map(round?.organisations.map((o) => [o.id, o.name]));
  return {
    known: true,
    match: found.match,
    format: found.format,
    fileHash: found.fileHash,
    otherVersions: found.otherVersions,
    procedure: {
      title: procedure?.title ?? "",
      amministrazione: procedure?.amministrazione ?? "",
    },
    document: { title: db.data.workspaceRooms[version.roomId]?.title ?? "" },
    version: {
      number: version.number,
      label: version.label,
      frozenAt: version.createdAt,
      impronta: version.hash,
    },
    testoConcordato: isTestoConcordato(db.data, version, damage),
    damage,
    approvals: boundApprovals(round, version.hash).map((r) => ({
      organisation: names.get(r.organisationId) ?? r.organisationId,
      at: r.at,
      method: r.signature?.method ?? null,
      acr: r.signature?.method === "oidc" ? r.signature.acr : null,
      signature: signatureStatus(r, version.hash),
    })),
  };
}

async function answer(c: Context, db: Database, states: VersionStates, hash: string) {
  const found = lookUp(db, hash);
  if (!found) {
    const unknown: UnknownVerification = {
      known: false,
      error: "not a file or an impronta of any version Tavolo has frozen",
    };
    return c.json(unknown, 404);
  }
  return c.json(await describe(db, states, found));
}

/**
 * `/api/verify`: public, without a session (DESIGN, "Public, session-less routes").
 * `POST` with an exported file's bytes, `GET /<sha256>` with a file's SHA-256 or an impronta.
 */
export function publicVerifyRoute({ db }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.post("/", async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new ApiError(400, "body: the file's bytes are missing");
    return answer(c, db, states, fileSha256(bytes));
  });
  route.get("/:hash", (c) => {
    const parsed = ImprontaSchema.safeParse(c.req.param("hash").toLowerCase());
    if (!parsed.success) throw new ApiError(400, "hash: must be a SHA-256 in hex");
    return answer(c, db, states, parsed.data);
  });
  return route;
}
