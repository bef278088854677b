import type { VersionSummary } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { versionsApi } from "./versionsApi.ts";

/** Puts a version's text back into the live draft, after asking. */
export function RestoreButton({
  version,
  onRestored,
}: {
  version: VersionSummary;
  onRestored: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useApiForm<HTMLParagraphElement>();
  const [status, setStatus] = useState("");
  const restore = async () => {
    if (await form.run(async () => void (await versionsApi.restore(version.id)))) {
      await onRestored();
      setStatus(t("versions.restore.done", { number: version.number }));
    }
  };
  return (
    <div className="mt-1">
      <ConfirmButton
        label={t("versions.restore.button", { number: version.number })}
        question={t("versions.restore.question", { number: version.number })}
        confirmLabel={t("versions.restore.confirm")}
        onConfirm={restore}
        busy={form.busy}
      />
      {form.errors[""] && (
        <p ref={form.focusTarget} tabIndex={-1} className="text-danger small">
          {form.errors[""]}
        </p>
      )}
      <span role="status" className="small">
        {status}
      </span>
    </div>
  );
}
