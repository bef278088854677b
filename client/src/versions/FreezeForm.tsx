import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "../forms/useApiForm.ts";
import { versionsApi } from "./versionsApi.ts";

/** Label and approval round of a new version; freezes what the server holds right now. */
export function FreezeForm({ room, onFrozen }: { room: string; onFrozen: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useApiForm<HTMLDivElement>();
  const [label, setLabel] = useState("");
  const [openApproval, setOpenApproval] = useState(true);
  const [done, setDone] = useState("");

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let frozen = 0;
    const ok = await form.run(async () => {
      frozen = (await versionsApi.freeze(room, { label, openApproval })).number;
    });
    if (ok) {
      setLabel("");
      setDone(t("versions.freeze.done", { number: frozen }));
      await onFrozen();
    }
  };
  const error = form.errors.label ?? form.errors[""];

  return (
    <section className="tavolo-freeze card card-bg p-3 mb-4" aria-labelledby="freeze-title">
      <h2 id="freeze-title" className="h4">
        {t("versions.freeze.title")}
      </h2>
      <form onSubmit={submit} noValidate>
        <div ref={form.focusTarget} tabIndex={-1}>
          {error && (
            <p className="alert alert-danger" id="freeze-error">
              {error}
            </p>
          )}
        </div>
        <div className="form-group mb-3">
          <label htmlFor="freeze-label" className="active">
            {t("versions.freeze.label")}
          </label>
          <input
            id="freeze-label"
            className="form-control"
            value={label}
            required
            aria-describedby="freeze-label-hint"
            onChange={(event) => setLabel(event.target.value)}
          />
          <small id="freeze-label-hint" className="form-text">
            {t("versions.freeze.labelHint")}
          </small>
        </div>
        <div className="form-check mb-3">
          <input
            id="freeze-approval"
            type="checkbox"
            checked={openApproval}
            onChange={(event) => setOpenApproval(event.target.checked)}
          />
          <label htmlFor="freeze-approval">{t("versions.freeze.openApproval")}</label>
        </div>
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
