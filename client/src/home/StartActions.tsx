import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../api/api.ts";
import { FieldError } from "../forms/Field.tsx";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import { Icon } from "../layout/Icon.tsx";

/** The two ways to start: a new procedure, or the demo built from real co-design accounts. */
export function StartActions() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const createDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      const procedure = await api.createDemo();
      await navigate(`/procedure/${procedure.id}`);
    } catch (failure) {
      setError(Object.values(errorsOfFailure(failure, t)).join(" "));
      setBusy(false);
    }
  };

  return (
    <div className="tavolo-start">
      <div className="tavolo-start__option">
        <Link to="/procedure/nuova" className="btn btn-primary btn-icon">
          <Icon name="it-plus" className="icon-white icon-sm me-2" />
          <span>{t("myProcedures.create")}</span>
        </Link>
        <p className="tavolo-field__hint">{t("myProcedures.createHint")}</p>
      </div>
      <div className="tavolo-start__option">
        <button
          type="button"
          className="btn btn-outline-primary"
          disabled={busy}
          aria-describedby={`${id}-demo ${error ? `${id}-error` : ""}`.trim()}
          onClick={() => void createDemo()}
        >
          {busy ? t("myProcedures.demoBusy") : t("myProcedures.demo")}
        </button>
        <p id={`${id}-demo`} className="tavolo-field__hint">
          {t("myProcedures.demoHint")}
        </p>
        {error && <FieldError id={`${id}-error`} message={error} live />}
      </div>
    </div>
  );
}
