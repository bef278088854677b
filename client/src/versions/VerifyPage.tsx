import type { VerificationReport } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router-dom";
import { ProcedurePage } from "../procedure/ProcedurePage.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { shortHash } from "./access.ts";
import { signatureLabel } from "./signatureLabel.ts";
import { versionsApi } from "./versionsApi.ts";

export function verifyLoader({ params }: LoaderFunctionArgs): Promise<VerificationReport> {
  return versionsApi.verify(params.pid ?? "");
}

/** "/procedure/:pid/verifica": every version's hash recomputed by the server, and its links. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { rooms } = useProcedure();
  const report = useLoaderData<VerificationReport>();
  const { revalidate, state } = useRevalidator();
  const titleOf = (id: string) => rooms.find((room) => room.id === id)?.title ?? id;
  return (
    <ProcedurePage section="overview">
      <h2 className="h3">{t("versions.verify.title")}</h2>
      <p className="tavolo-muted">{t("versions.verify.intro")}</p>
      <p
        className={`alert ${report.ok ? "alert-success" : "alert-danger"}`}
        role="status"
        data-testid="chain-status"
      >
        {report.ok
          ? t("versions.verify.ok", { count: report.versions.length })
          : t("versions.verify.broken")}
      </p>
      <div className="table-responsive">
        <table className="table tavolo-table">
          <caption>{t("versions.verify.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("versions.verify.document")}</th>
              <th scope="col">{t("versions.verify.number")}</th>
              <th scope="col">SHA-256</th>
              <th scope="col">{t("versions.verify.result")}</th>
              <th scope="col">{t("versions.verify.signatures")}</th>
            </tr>
          </thead>
          <tbody>
            {report.versions.map((check) => (
              <tr key={check.id}>
                <th scope="row">{titleOf(check.roomId)}</th>
                <td>{check.number}</td>
                <td>
                  <code title={check.hash}>{shortHash(check.hash)}</code>
                </td>
                <td>
                  {check.ok
                    ? t("versions.verify.fine")
                    : check.problems.map((p) => t(`versions.verify.problems.${p}`)).join("; ")}
                </td>
                <td data-testid="approval-signatures">
                  {(report.signatures[check.id] ?? [])
                    .map((s) => `${s.organisation}: ${signatureLabel(t, s)}`)
                    .join("; ") || t("versions.verify.noSignatures")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="btn btn-outline-primary"
        disabled={state === "loading"}
        onClick={() => void revalidate()}
      >
        {t("versions.verify.again")}
      </button>
    </ProcedurePage>
  );
}
