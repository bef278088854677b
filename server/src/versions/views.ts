import type { DocumentVersion, VersionDetail, VersionSummary } from "@tavolo/shared";
import type { Data } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { roundOf } from "./approvals.ts";

export function summaryOf(version: DocumentVersion): VersionSummary {
  const { canonical: _canonical, ...summary } = version;
  return summary;
}

export function findVersion(data: Readonly<Data>, id: string): DocumentVersion {
  const version = data.versions[id];
  if (!version) throw new ApiError(404, "version: not found");
  return version;
}

export function versionDetail(data: Readonly<Data>, version: DocumentVersion): VersionDetail {
  return {
    version,
    round: roundOf(data, version.id),
    agreed: data.procedures[version.procedureId]?.agreedVersionId === version.id,
  };
}

export function roundsOfRoom(data: Readonly<Data>, roomId: string) {
  return Object.values(data.approvalRounds)
    .filter((round) => round.roomId === roomId)
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}
