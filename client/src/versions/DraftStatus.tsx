import type { VersionList } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Downloads } from "./Downloads.tsx";
import { draftExportUrl } from "./versionsApi.ts";

/** Whether the live draft has moved since the last frozen version, and its downloads. */
export function DraftStatus({ list, room }: { list: VersionList; room: string }) {
  const { t } = useTranslation();
  const last = list.versions.at(-1);
  const message =
    list.draftHash === null
      ? t("versions.draft.invalid")
      : !last
        ? t("versions.draft.none")
        : last.hash === list.draftHash
          ? t("versions.draft.same", { number: last.number })
          : t("versions.draft.moved", { number: last.number });
  const moved = last !== undefined && list.draftHash !== last.hash;
  return (
    <section className="tavolo-draft-status mb-4" aria-labelledby="draft-title">
      <h2 id="draft-title" className="h4">
        {t("versions.draft.title")}
      </h2>
      <p className={`alert ${moved ? "alert-warning" : "alert-info"}`} data-testid="draft-status">
        {message}
      </p>
      {list.draftHash !== null && (
        <>
          <p className="mb-1">{t("versions.draft.downloads")}</p>
          <Downloads
            urlOf={(format) => draftExportUrl(room, format)}
            labelOf={(format) => t("versions.downloadDraft", { format })}
          />
        </>
      )}
    </section>
  );
}
