import {
  type ApprovalDecision,
  type ApprovalRound,
  type ApprovalSignatureCheck,
  tallyRound,
  type VersionSummary,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "../forms/Field.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { answeringFor } from "./access.ts";
import { type AnswerOutcome, sendSignedAnswer } from "./signAnswer.ts";
import { signatureLabel } from "./signatureLabel.ts";
import { SigningRefused } from "./signingRefused.ts";

interface ApprovalPanelProps {
  version: VersionSummary;
  round: ApprovalRound;
  /** The answers' signatures, checked by the server against the version's impronta. */
  signatures: ApprovalSignatureCheck[];
  onAnswered: () => Promise<void>;
}

/** Where an open round stands, organisation by organisation, and the referente's answer. */
export function ApprovalPanel({ version, round, signatures, onAnswered }: ApprovalPanelProps) {
  const { t } = useTranslation();
  const detail = useProcedure();
  const tally = tallyRound(round, version.hash);
  const [status, setStatus] = useState("");
  const me = answeringFor(detail, round);
  const stateOf = (id: string) =>
    tally.approved.includes(id)
      ? t("versions.approval.approved")
      : tally.changesRequested.includes(id)
        ? t("versions.approval.objected")
        : t("versions.approval.pending");
  return (
    <section
      className="tavolo-approval card card-bg p-3 mb-4"
      aria-labelledby={`approval-${version.id}`}
    >
      <h2 id={`approval-${version.id}`} className="h4">
        {t("versions.approval.title", { number: version.number })}
      </h2>
      <p className="small">
        {t("versions.approval.hash")}: <code className="text-break">{round.hash}</code>
      </p>
      {version.approvalReason && (
        <p className="small" data-testid="approval-reason">
          <strong>{t("versions.approval.openedIncomplete")}</strong>: {version.approvalReason}
        </p>
      )}
      <ul className="tavolo-approval__tally" data-testid="approval-tally">
        {round.organisations.map((organisation) => {
          const reason = round.responses.find((r) => r.organisationId === organisation.id)?.reason;
          const check = signatures.find((s) => s.organisationId === organisation.id);
          const answered = !tally.pending.includes(organisation.id);
          return (
            <li key={organisation.id}>
              <strong>{organisation.name}</strong>: {stateOf(organisation.id)}
              {reason ? ` — «${reason}»` : ""}
              {answered && check ? ` (${signatureLabel(t, check)})` : ""}
            </li>
          );
        })}
      </ul>
      {me && (
        <AnswerForm
          version={version}
          organisation={me.name}
          onAnswered={async (how) => {
            if (how === "reauth") {
              setStatus(t("versions.approval.toProvider"));
              return;
            }
            await onAnswered();
            setStatus(
              t(how === "signed" ? "versions.approval.signed" : "versions.approval.unsigned"),
            );
          }}
        />
      )}
      <p role="status" className="mt-2 mb-0">
        {status}
      </p>
    </section>
  );
}

interface AnswerFormProps {
  version: VersionSummary;
  organisation: string;
  onAnswered: (how: AnswerOutcome) => Promise<void>;
}

function AnswerForm({ version, organisation, onAnswered }: AnswerFormProps) {
  const { t } = useTranslation();
  const form = useApiForm<HTMLParagraphElement>();
  const [objecting, setObjecting] = useState(false);
  const [reason, setReason] = useState("");
  const [signing, setSigning] = useState(false);
  const send = async (body: ApprovalDecision) => {
    let how: AnswerOutcome = "signed";
    setSigning(true);
    const explain = (error: unknown) =>
      error instanceof SigningRefused
        ? { "": t(`versions.approval.${error.reason}`, { message: error.message }) }
        : undefined;
    const sent = await form.run(async () => {
      how = await sendSignedAnswer(version.id, body);
    }, explain);
    setSigning(false);
    if (sent) await onAnswered(how);
  };
  const error = form.errors[""];
  const reasonId = `reason-${version.id}`;
  return (
    <div className="tavolo-approval__answer">
      <h3 className="h5">{t("versions.approval.you", { organisation })}</h3>
      {error && (
        <p ref={form.focusTarget} tabIndex={-1} className="alert alert-danger">
          {error}
        </p>
      )}
      {signing && <p className="small mb-2">{t("versions.approval.signing")}</p>}
      <div className="d-flex flex-wrap gap-2 mb-2">
        <button
          type="button"
          className="btn btn-success"
          disabled={form.busy}
          onClick={() => send({ decision: "approve", hash: version.hash })}
        >
          {t("versions.approval.approve")}
        </button>
        <button
          type="button"
          className="btn btn-outline-danger"
          aria-expanded={objecting}
          onClick={() => setObjecting(!objecting)}
        >
          {t("versions.approval.requestChanges")}
        </button>
      </div>
      {objecting && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send({ decision: "request_changes", hash: version.hash, reason });
          }}
        >
          <TextAreaField
            id={reasonId}
            label={t("versions.approval.reason")}
            hint={t("versions.approval.reasonHint")}
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            rows={3}
            required
            className="mb-2"
          />
          <button type="submit" className="btn btn-danger" disabled={form.busy}>
            {t("versions.approval.sendObjection")}
          </button>
        </form>
      )}
    </div>
  );
}
