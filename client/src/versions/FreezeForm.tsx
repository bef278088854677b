import { hasCompletenessProblems, type CompletenessReport as Report } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField, TextField } from "../forms/Field.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { CompletenessReport } from "./CompletenessReport.tsx";
import { versionsApi } from "./versionsApi.ts";

interface FreezeFormProps {
  room: string;
  /** What a freeze of the draft would report now (null: the draft cannot be frozen). */
  report: Report | null;
  /** Only facilitators may open a round on an incomplete text (the server checks too). */
  facilitator: boolean;
  onFrozen: () => Promise<void>;
}

/** Label and approval round of a new version; freezes what the server holds right now. */
export function FreezeForm({ room, report, facilitator, onFrozen }: FreezeFormProps) {
  const { t } = useTranslation();
  const form = useApiForm<HTMLDivElement>();
  const [label, setLabel] = useState("");
  const [openApproval, setOpenApproval] = useState(true);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState("");
  const incomplete = report !== null && hasCompletenessProblems(report);
  // The server reports again from the text it freezes: its refusal shows the field too.
  const askReason = openApproval && (incomplete || form.errors.reason !== undefined);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let frozen = 0;
    const ok = await form.run(async () => {
      const body = { label, openApproval, ...(askReason && reason ? { reason } : {}) };
      frozen = (await versionsApi.freeze(room, body)).number;
    });
    if (ok) {
      setLabel("");
      setReason("");
      await onFrozen();
      setDone(t("versions.freeze.done", { number: frozen }));
    }
  };
  const error = form.errors[""];

  return (
    <section className="tavolo-freeze card card-bg p-3 mb-4" aria-labelledby="freeze-title">
      <h2 id="freeze-title" className="h4">
        {t("versions.freeze.title")}
      </h2>
      {incomplete && <CompletenessReport report={report} />}
      <form onSubmit={submit} noValidate>
        <div ref={form.focusTarget} tabIndex={-1}>
          {error && (
            <p className="alert alert-danger" id="freeze-error">
              {error}
            </p>
          )}
        </div>
        <TextField
          id="freeze-label"
          label={t("versions.freeze.label")}
          hint={t("versions.freeze.labelHint")}
          value={label}
          onChange={setLabel}
          error={form.errors.label}
          required
          className="mb-3"
        />
        <div className="form-check mb-3">
          <input
            id="freeze-approval"
            type="checkbox"
            checked={openApproval}
            onChange={(event) => setOpenApproval(event.target.checked)}
          />
          <label htmlFor="freeze-approval">{t("versions.freeze.openApproval")}</label>
        </div>
        {askReason && facilitator && (
          <TextAreaField
            id="freeze-reason"
            label={t("versions.freeze.reason")}
            hint={t("versions.freeze.reasonHint")}
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            required
            rows={3}
            className="mb-3"
          />
        )}
        {askReason && !facilitator && (
          <p className="alert alert-info">{t("versions.freeze.reasonFacilitatorOnly")}</p>
        )}
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t("versions.freeze.submit")}
        </button>
        <p role="status" className="mt-2 mb-0">
          {done}
        </p>
      </form>
    </section>
  );
}
