import { verificationAddress } from "@tavolo/shared";
import type { PersonRecord, StoredVersion } from "../db/database.ts";
import { publicOriginOf } from "../http/origin-policy.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { verifiedText } from "../versions/integrity.ts";
import type { VersionStates } from "../versions/version-states.ts";
import { versionExport } from "./build-export.ts";
import type { ExportDocument } from "./model.ts";
import { type ExportFormat, render } from "./render.ts";
import { sealed } from "./signing/sign-pdf.ts";

export interface VersionFile {
  document: ExportDocument;
  bytes: Uint8Array;
  signed: boolean;
}

/**
 * A frozen version's file exactly as people download it: rendered only from a stored text that
 * verifies (409 otherwise), carrying the address where anyone can verify it, and signed when a
 * certificate is configured. The export and the AgID metadata routes both describe this file.
 */
export async function versionFile(
  deps: Pick<ApiDeps, "db" | "origins" | "pdfSigner">,
  states: VersionStates,
  request: Request,
  version: StoredVersion,
  format: ExportFormat,
  actor: PersonRecord,
): Promise<VersionFile> {
  const canonical = await verifiedText(deps.db, states, version, actor);
  const verifyUrl = verificationAddress(publicOriginOf(deps.origins, request), version.hash);
  const document = versionExport(deps.db.data, version, canonical, verifyUrl);
  const signer = format === "pdf" ? (deps.pdfSigner ?? null) : null;
  const bytes = await sealed(await render(document, format), document, format, signer);
  return { document, bytes, signed: signer !== null };
}
