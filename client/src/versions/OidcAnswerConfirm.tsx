import { OIDC_PROOF_PARAM, type OidcProofSummary, type VersionSummary } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useApiForm } from "../forms/useApiForm.ts";
import { oidcApi } from "../oidc/oidc-api.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { sendOidcAnswer } from "./oidcAnswer.ts";
import { SigningRefused } from "./signingRefused.ts";

interface OidcAnswerConfirmProps {
  versions: VersionSummary[];
  onAnswered: () => Promise<void>;
}

/**
 * Back from the IdP with `?oidcProof=`: shows what the re-authentication confirms (version,
 * impronta, organisation, answer) as the server bound it, and sends the answer on confirmation.
 */
export function OidcAnswerConfirm({ versions, onAnswered }: OidcAnswerConfirmProps) {
  const { t } = useTranslation();
  const detail = useProcedure();
  const [params, setParams] = useSearchParams();
  const proofId = params.get(OIDC_PROOF_PARAM);
  const [proof, setProof] = useState<OidcProofSummary | null>(null);
  const [status, setStatus] = useState("");
  const form = useApiForm<HTMLDivElement>();
  const { run } = form;

  useEffect(() => {
    setProof(null);
    if (proofId) void run(async () => setProof(await oidcApi.proof(proofId)));
  }, [proofId, run]);

  const forget = () =>
    setParams(
      (current) => {
        current.delete(OIDC_PROOF_PARAM);
        return current;
      },
      { replace: true },
    );
  const send = async (id: string, confirmed: OidcProofSummary) => {
    const explain = (error: unknown) =>
      error instanceof SigningRefused ? { "": t(`versions.approval.${error.reason}`) } : undefined;
    if (await form.run(() => sendOidcAnswer(id, confirmed), explain)) {
      forget();
      await onAnswered();
      setStatus(t("versions.approval.reauth.sent"));
    }
  };

  const error = form.errors[""];
  const version = versions.find((v) => v.id === proof?.versionId);
  const organisation = detail.organisations.find((o) => o.id === proof?.organisationId);
  return (
    <>
      <p role="status" className={status ? "alert alert-success" : "visually-hidden"}>
        {status}
      </p>
      {proofId && (error || proof) && (
        <section
          className="tavolo-approval card card-bg p-3 mb-4"
          aria-labelledby="oidc-confirm-title"
        >
          <h2 id="oidc-confirm-title" className="h4">
            {t("versions.approval.reauth.title")}
          </h2>
          {error && (
            <div ref={form.focusTarget} tabIndex={-1} className="alert alert-danger">
              {error}
            </div>
          )}
          {proof && (
            <>
              <p>{t("versions.approval.reauth.intro", { issuer: proof.issuer })}</p>
              <dl className="tavolo-approval__signed" data-testid="oidc-confirm">
                <dt>{t("versions.approval.reauth.version")}</dt>
                <dd>{version ? `${version.number} — ${version.label}` : proof.versionId}</dd>
                <dt>{t("versions.approval.hash")}</dt>
                <dd>
                  <code className="text-break">{proof.versionSha256}</code>
                </dd>
                <dt>{t("versions.approval.reauth.organisation")}</dt>
                <dd>{organisation?.name ?? proof.organisationId}</dd>
                <dt>{t("versions.approval.reauth.decision")}</dt>
                <dd>
                  {t(
                    proof.decision === "approve"
                      ? "versions.approval.approved"
                      : "versions.approval.objected",
                  )}
                  {proof.reason ? ` — «${proof.reason}»` : ""}
                </dd>
                {proof.acr && (
                  <>
                    <dt>{t("versions.approval.reauth.acr")}</dt>
                    <dd>{proof.acr}</dd>
                  </>
                )}
              </dl>
            </>
          )}
          <div className="d-flex flex-wrap gap-2">
            {proof && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={form.busy}
                onClick={() => void send(proofId, proof)}
              >
                {t("versions.approval.reauth.confirm")}
              </button>
            )}
            <button type="button" className="btn btn-outline-secondary" onClick={forget}>
              {t("versions.approval.reauth.cancel")}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
