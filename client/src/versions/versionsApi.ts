import {
  ApiClient,
  type ApprovalChallengeResponse,
  type ApprovalDecision,
  type DocumentVersion,
  type FreezeVersion,
  type VerificationReport,
  type VersionDetail,
  type VersionDiff,
  type VersionList,
  type WorkspaceRoom,
} from "@tavolo/shared";

const client = new ApiClient("");
const enc = encodeURIComponent;

export const EXPORT_FORMATS = ["pdf", "docx", "odt", "md", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The versions API, one function per call; each throws `ApiRequestError` on refusal. */
export const versionsApi = {
  room: (room: string) =>
    client.ok<{ room: WorkspaceRoom; readOnly: boolean }>("GET", `/api/rooms/${enc(room)}`),
  list: (room: string) => client.ok<VersionList>("GET", `/api/rooms/${enc(room)}/versions`),
  freeze: (room: string, body: FreezeVersion) =>
    client.ok<DocumentVersion>("POST", `/api/rooms/${enc(room)}/versions`, body),
  approvalChallenge: (versionId: string, body: ApprovalDecision) =>
    client.ok<ApprovalChallengeResponse>(
      "POST",
      `/api/versions/${enc(versionId)}/approvals/challenge`,
      body,
    ),
  answer: (versionId: string, body: ApprovalDecision) =>
    client.ok<VersionDetail>("POST", `/api/versions/${enc(versionId)}/approvals`, body),
  diff: (versionId: string, to: string) =>
    client.ok<VersionDiff>("GET", `/api/versions/${enc(versionId)}/diff?to=${enc(to)}`),
  restore: (versionId: string) =>
    client.ok<{ draftHash: string | null }>("POST", `/api/versions/${enc(versionId)}/restore`),
  verify: (pid: string) =>
    client.ok<VerificationReport>("GET", `/api/procedures/${enc(pid)}/versions/verify`),
};

export const versionExportUrl = (versionId: string, format: ExportFormat) =>
  `/api/versions/${enc(versionId)}/export?format=${format}`;
export const draftExportUrl = (room: string, format: ExportFormat) =>
  `/api/rooms/${enc(room)}/export?format=${format}`;
