import type { PublicVerification } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import type { VerifyOutcome } from "./publicVerifyApi.ts";
import { signatureLabel } from "./signatureLabel.ts";

function Facts({ result }: { result: PublicVerification }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { version } = result;
  return (
    <dl className="tavolo-verify__facts mb-0">
      <dt>{t("versions.publicVerify.procedure")}</dt>
      <dd>{result.procedure.title}</dd>
      <dt>{t("versions.publicVerify.amministrazione")}</dt>
      <dd>{result.procedure.amministrazione}</dd>
      <dt>{t("versions.publicVerify.document")}</dt>
      <dd>{result.document.title}</dd>
      <dt>{t("versions.publicVerify.version")}</dt>
      <dd>{t("versions.publicVerify.versionLine", version)}</dd>
      <dt>{t("versions.publicVerify.frozenAt")}</dt>
      <dd>
        <time dateTime={version.frozenAt}>{formatDateTime(version.frozenAt, language)}</time>
      </dd>
      <dt>{t("versions.publicVerify.impronta")}</dt>
      <dd>
        <code className="text-break">{version.impronta}</code>
      </dd>
      <dt>{t("versions.publicVerify.concordato")}</dt>
      <dd>
        {result.testoConcordato ? t("versions.publicVerify.yes") : t("versions.publicVerify.no")}
      </dd>
      <dt>{t("versions.publicVerify.approvals")}</dt>
      <dd>
        {result.approvals.length === 0 ? (
          t("versions.publicVerify.noApprovals")
        ) : (
          <ul className="mb-0">
            {result.approvals.map((a) => (
              <li key={`${a.organisation}-${a.at}`}>
                {t("versions.publicVerify.approvedOn", {
                  organisation: a.organisation,
                  date: formatDateTime(a.at, language),
                  signature: signatureLabel(t, { ...a, status: a.signature }),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** The answer as one card: identified ✓, damaged, or not recognised. */
export function VerifyResult({ outcome }: { outcome: VerifyOutcome }) {
  const { t } = useTranslation();
  if (!outcome.known) {
    return (
      <section className="card card-bg p-3" data-testid="verify-result">
        <h2 className="h4">{t("versions.publicVerify.unknownTitle")}</h2>
        <p className="alert alert-warning mb-0">{t("versions.publicVerify.unknown")}</p>
      </section>
    );
  }
  const damaged = outcome.damage.length > 0;
  const title = damaged
    ? t("versions.publicVerify.damagedTitle")
    : outcome.match === "file"
      ? t("versions.publicVerify.fileTitle", { number: outcome.version.number })
      : t("versions.publicVerify.improntaTitle", { number: outcome.version.number });
  return (
    <section className="card card-bg p-3" data-testid="verify-result">
      <h2 className="h4">
        <span aria-hidden="true">{damaged ? "✗ " : "✓ "}</span>
        {title}
      </h2>
      {damaged ? (
        <p className="alert alert-danger">{t("versions.publicVerify.damaged")}</p>
      ) : (
        <p className="alert alert-success">
          {outcome.match === "file"
            ? t("versions.publicVerify.fileMatch", { format: outcome.format?.toUpperCase() })
            : t("versions.publicVerify.improntaMatch")}
        </p>
      )}
      {outcome.otherVersions > 0 && (
        <p>{t("versions.publicVerify.otherVersions", { count: outcome.otherVersions })}</p>
      )}
      <Facts result={outcome} />
    </section>
  );
}
