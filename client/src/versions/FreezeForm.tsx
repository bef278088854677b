import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../forms/Field.tsx";
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
