import type { ApprovalRound, VersionList, VersionSummary } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { formatShortDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { CopyButton } from "../forms/CopyButton.tsx";
import { shortHash } from "./access.ts";
import { Downloads } from "./Downloads.tsx";
import { RestoreButton } from "./RestoreButton.tsx";
import { versionExportUrl } from "./versionsApi.ts";

function StatusBadges({ version, list }: { version: VersionSummary; list: VersionList }) {
  const { t } = useTranslation();
  const round: ApprovalRound | undefined = list.rounds
    .filter((r) => r.versionId === version.id)
    .at(-1);
  const damage = list.damaged[version.id];
  if (damage) {
    // Never "testo concordato": what is stored no longer gives the impronta that was agreed.
    return (
      <span className="badge bg-danger" data-testid="damaged-badge">
        {t("versions.list.damaged")}
        <span className="visually-hidden">
          {": "}
          {damage.map((problem) => t(`versions.verify.problems.${problem}`)).join("; ")}
        </span>
      </span>
    );
  }
  return (
    <>
      <span className="badge bg-secondary me-1">{t("versions.list.frozen")}</span>
      {round && (
        <span className="badge bg-primary me-1">{t(`versions.list.round.${round.status}`)}</span>
      )}
      {list.agreedVersionId === version.id && (
        <span className="badge bg-success" data-testid="agreed-badge">
          {t("versions.list.agreed")}
        </span>
      )}
    </>
  );
}

interface VersionsTableProps {
  list: VersionList;
  /** Given to those who may restore a version into the draft. */
  onRestored: (() => Promise<void>) | null;
}

/** Every frozen version of the document, newest first, with its hash and downloads. */
export function VersionsTable({ list, onRestored }: VersionsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = [...list.versions].reverse();
  if (versions.length === 0) return null;
  return (
    <div className="table-responsive mb-4">
      <table className="table tavolo-table tavolo-versions">
        <caption>{t("versions.list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("versions.list.number")}</th>
            <th scope="col">{t("versions.list.label")}</th>
            <th scope="col">{t("versions.list.author")}</th>
            <th scope="col">{t("versions.list.date")}</th>
            <th scope="col">{t("versions.list.hash")}</th>
            <th scope="col">{t("versions.list.status")}</th>
            <th scope="col">{t("versions.list.downloads")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} data-testid={`version-${version.number}`}>
              <td>{version.number}</td>
              <th scope="row">{version.label}</th>
              <td>{version.authorName}</td>
              <td>
                <time dateTime={version.createdAt}>
                  {formatShortDateTime(version.createdAt, language)}
                </time>
              </td>
              <td>
                <code title={version.hash} data-hash={version.hash}>
                  {shortHash(version.hash)}
                </code>
                <CopyButton
                  value={version.hash}
                  label={t("versions.list.copyHash")}
                  context={t("versions.list.hashOf", { number: version.number })}
                  className="ms-1"
                />
              </td>
              <td>
                <StatusBadges version={version} list={list} />
                {onRestored && <RestoreButton version={version} onRestored={onRestored} />}
              </td>
              <td>
                <Downloads
                  urlOf={(format) => versionExportUrl(version.id, format)}
                  labelOf={(format) => t("versions.download", { format, number: version.number })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
