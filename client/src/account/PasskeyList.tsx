import { ApiRequestError, PasskeyNameSchema, type PasskeyView } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { formatDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";
import { accountApi } from "./passkeys.ts";

interface PasskeyListProps {
  passkeys: PasskeyView[];
  onDone: (notice: string) => void;
}

/** The person's passkeys: when each was made and last used; rename, remove. */
export function PasskeyList({ passkeys, onDone }: PasskeyListProps) {
  const { t } = useTranslation();
  if (passkeys.length === 0) return <p>{t("account.passkeys.none")}</p>;
  return (
    <ul className="list-group" aria-labelledby="passkeys-title">
      {passkeys.map((passkey) => (
        <PasskeyItem key={passkey.id} passkey={passkey} onDone={onDone} />
      ))}
    </ul>
  );
}

function PasskeyItem({ passkey, onDone }: { passkey: PasskeyView; onDone: (n: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revalidator = useRevalidator();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    try {
      await accountApi.removePasskey(passkey.id);
      onDone(t("account.passkeys.removed", { name: passkey.name }));
      await revalidator.revalidate();
    } catch (failure) {
      const onlyWayIn = failure instanceof ApiRequestError && failure.status === 409;
      setError(onlyWayIn ? t("account.passkeys.onlyOne") : t("forms.errors.network"));
    } finally {
      setBusy(false);
    }
  };

  const used = passkey.lastUsedAt
    ? t("account.passkeys.lastUsed", { date: formatDateTime(passkey.lastUsedAt, language) })
    : t("account.passkeys.neverUsed");
  return (
    <li className="list-group-item py-3">
      <p className="fw-semibold mb-1">{passkey.name}</p>
      <p className="tavolo-muted mb-2">
        {t("account.passkeys.created", { date: formatDateTime(passkey.createdAt, language) })},{" "}
        {used}
      </p>
      {error && (
        <p className="tavolo-field__error" role="alert">
          {error}
        </p>
      )}
      {renaming ? (
        <RenameForm passkey={passkey} onClose={() => setRenaming(false)} />
      ) : (
        <div className="d-flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => setRenaming(true)}
          >
            {t("account.passkeys.rename")}
            <span className="visually-hidden"> {passkey.name}</span>
          </button>
          <ConfirmButton
            label={t("account.passkeys.remove")}
            question={t("account.passkeys.removeQuestion", { name: passkey.name })}
            confirmLabel={t("account.passkeys.removeConfirm")}
            onConfirm={remove}
            busy={busy}
          />
        </div>
      )}
    </li>
  );
}

function RenameForm({ passkey, onClose }: { passkey: PasskeyView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const revalidator = useRevalidator();
  const form = useApiForm<HTMLInputElement>();
  const [name, setName] = useState(passkey.name);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = PasskeyNameSchema.safeParse(name, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      await accountApi.renamePasskey(passkey.id, parsed.data);
      await revalidator.revalidate();
      onClose();
    });
  };

  return (
    <form noValidate onSubmit={submit}>
      <TextField
        id={`${id}-name`}
        label={t("account.passkeys.renameLabel", { name: passkey.name })}
        value={name}
        onChange={setName}
        error={form.errors[""] ?? form.errors.name}
        inputRef={form.focusTarget}
        required
      />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={form.busy}>
          {t("account.passkeys.save")}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}
