import type { DocumentVersion, VersionDetail, VersionSummary } from "@tavolo/shared";
import type { Data, Database, StoredVersion } from "../db/database.ts";
import { UnverifiedTextError } from "../db/version-texts.ts";
import { ApiError } from "../http/api-error.ts";
import { signatureChecks } from "./approval-signature.ts";
import { roundOf } from "./approvals.ts";
import { damageOf, isTestoConcordato } from "./integrity.ts";
import type { VersionStates } from "./version-states.ts";

export function summaryOf(version: StoredVersion | DocumentVersion): VersionSummary {
  if (!("canonical" in version)) return version;
  const { canonical: _canonical, ...summary } = version;
  return summary;
}

export function findVersion(data: Readonly<Data>, id: string): StoredVersion {
  const version = data.versions[id];
  if (!version) throw new ApiError(404, "version: not found");
  return version;
}

/**
 * The version's canonical text, read from its file and served only while it gives the version's
 * impronta: 409 if it is missing or altered (the chain check says which).
 */
export async function frozenText(db: Database, version: StoredVersion): Promise<string> {
  try {
    return await db.versionTexts.read(version);
  } catch (error) {
    if (!(error instanceof UnverifiedTextError)) throw error;
    const problem = error.problem === "missing" ? "is missing" : "does not match its impronta";
    throw new ApiError(409, `the stored text of version ${version.number} ${problem}`);
  }
}

/** The version as the API gives it, its verified text included. */
export async function withText(db: Database, version: StoredVersion): Promise<DocumentVersion> {
  return { ...version, canonical: await frozenText(db, version) };
}

export async function versionDetail(
  db: Database,
  states: VersionStates,
  stored: StoredVersion,
): Promise<VersionDetail> {
  const version = await withText(db, stored);
  const damage = await damageOf(db, states, stored);
  return {
    version,
    round: roundOf(db.data, version.id),
    agreed: isTestoConcordato(db.data, stored, damage),
    damage,
    signatures: signatureChecks(db.data, stored),
  };
}

export function roundsOfRoom(data: Readonly<Data>, roomId: string) {
  return Object.values(data.approvalRounds)
    .filter((round) => round.roomId === roomId)
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}
