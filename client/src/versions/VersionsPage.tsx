import type { VersionList, WorkspaceRoom } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router-dom";
import { Breadcrumb } from "../layout/Breadcrumb.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { ApprovalPanel } from "./ApprovalPanel.tsx";
import { canFreeze } from "./access.ts";
import { CompareVersions } from "./CompareVersions.tsx";
import { DraftStatus } from "./DraftStatus.tsx";
import { FreezeForm } from "./FreezeForm.tsx";
import { OidcAnswerConfirm } from "./OidcAnswerConfirm.tsx";
import { VersionsTable } from "./VersionsTable.tsx";
import { versionsApi } from "./versionsApi.ts";

interface VersionsData {
  room: WorkspaceRoom;
  list: VersionList;
}

export async function versionsLoader({ params }: LoaderFunctionArgs): Promise<VersionsData> {
  const name = params.room ?? "";
  const [{ room }, list] = await Promise.all([versionsApi.room(name), versionsApi.list(name)]);
  return { room, list };
}

/** "/procedure/:pid/documento/:room/versioni": freeze, approve, download, verify. */
export function VersionsPage() {
  const { t } = useTranslation();
  const detail = useProcedure();
  const refresh = useRefresh();
  const { room, list } = useLoaderData<VersionsData>();
  const title = t("versions.title", { title: room.title });
  usePageTitle(title);
  const home = `/procedure/${detail.procedure.id}`;
  const documentPath = `${home}/documento/${room.id}`;
  // Open rounds, and the latest version's round whatever its state (so its outcome stays shown).
  const latest = list.versions.at(-1);
  const shownRounds = list.rounds.filter(
    (round) => round.status === "open" || round.versionId === latest?.id,
  );
  return (
    <div className="container tavolo-page">
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: detail.procedure.title, to: home },
          { label: room.title, to: documentPath },
          { label: t("versions.link") },
        ]}
      />
      <h1 className="tavolo-page__title">{title}</h1>
      <p className="lead">{t("versions.intro")}</p>
      <p>
        <Link to={documentPath}>{t("versions.backToDocument")}</Link>
        {" · "}
        <Link to={`${home}/verifica`}>{t("versions.verify.link")}</Link>
        {" · "}
        <Link to="/verifica">{t("versions.verify.publicLink")}</Link>
      </p>
      <OidcAnswerConfirm versions={list.versions} onAnswered={refresh} />
      <DraftStatus list={list} room={room.id} />
      {canFreeze(detail) && (
        <FreezeForm
          room={room.id}
          report={list.draftCompleteness}
          facilitator={detail.me.role === "facilitatore"}
          onFrozen={refresh}
        />
      )}
      {shownRounds.map((round) => {
        const version = list.versions.find((v) => v.id === round.versionId);
        return version ? (
          <ApprovalPanel
            key={round.id}
            version={version}
            round={round}
            signatures={list.signatures[version.id] ?? []}
            onAnswered={refresh}
          />
        ) : null;
      })}
      <VersionsTable list={list} onRestored={canFreeze(detail) ? refresh : null} />
      <CompareVersions versions={list.versions} />
    </div>
  );
}
