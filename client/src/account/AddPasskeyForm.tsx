import { PasskeyNameSchema } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";
import { createPasskey, passkeyFailure, passkeysSupported, thisDeviceName } from "./passkeys.ts";

/** "Aggiungi una passkey": a name for the device, then the browser's own passkey dialog. */
export function AddPasskeyForm({ onDone }: { onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const revalidator = useRevalidator();
  const form = useApiForm<HTMLInputElement>();
  const [name, setName] = useState(thisDeviceName);

  if (!passkeysSupported()) {
    return <p className="alert alert-info">{t("account.errors.unsupported")}</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = PasskeyNameSchema.safeParse(name, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(
      async () => {
        const added = await createPasskey(parsed.data);
        onDone(t("account.passkeys.added", { name: added.name }));
        await revalidator.revalidate();
      },
      (failure) => {
        const sentence = passkeyFailure(failure, t);
        return sentence ? { "": sentence } : undefined;
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="card shadow-sm tavolo-card mt-4">
      <div className="card-body">
        <h3 className="h5">{t("account.passkeys.addTitle")}</h3>
        <TextField
          id={`${id}-name`}
          label={t("account.passkeys.nameLabel")}
          hint={t("account.passkeys.nameHint")}
          value={name}
          onChange={setName}
          error={form.errors[""] ?? form.errors.name}
          inputRef={form.focusTarget}
          required
        />
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t("account.passkeys.add")}
        </button>
      </div>
    </form>
  );
}
