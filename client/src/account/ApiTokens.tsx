import { type ApiTokenSummary, CreateApiTokenSchema, type CreatedApiToken } from "@tavolo/shared";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { identityApi } from "../admin/identityApi.ts";
import { formatDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { CopyField } from "../forms/CopyField.tsx";
import { NameFieldForm } from "../forms/NameFieldForm.tsx";

const TokenNameSchema = CreateApiTokenSchema.shape.name;

/** A signed-in person's personal API tokens: create (shown once), list, revoke. */
export function ApiTokens() {
  const { t } = useTranslation();
  const [tokens, setTokens] = useState<ApiTokenSummary[] | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(async () => setTokens(await identityApi.tokens()), []);
  useEffect(() => void reload().catch(() => setTokens([])), [reload]);

  return (
    <section aria-labelledby="api-tokens-title" className="tavolo-api-tokens">
      <h2 id="api-tokens-title" className="h4">
        {t("adminIdentity.tokens.title")}
      </h2>
      <p>{t("adminIdentity.tokens.lead")}</p>
      <NameFieldForm
        label={t("adminIdentity.tokens.name")}
        hint={t("adminIdentity.tokens.nameHint")}
        submitLabel={t("adminIdentity.tokens.create")}
        schema={TokenNameSchema}
        onSubmit={async (name) => {
          setCreated(await identityApi.createToken(name));
          setNotice(null);
          await reload();
        }}
      />
      {created && (
        <div className="mt-3" role="status">
          <CopyField
            label={t("adminIdentity.tokens.created", { name: created.name })}
            hint={t("adminIdentity.tokens.createdHint")}
            value={created.token}
            copyLabel={t("adminIdentity.tokens.copy")}
          />
        </div>
      )}
      <div role="status">{notice && <p className="mt-3">{notice}</p>}</div>
      {tokens && (
        <TokenTable
          tokens={tokens}
          onRevoked={async (token) => {
            setCreated(null);
            setNotice(t("adminIdentity.tokens.revoked", { name: token.name }));
            await reload();
          }}
        />
      )}
    </section>
  );
}

function TokenTable({
  tokens,
  onRevoked,
}: {
  tokens: readonly ApiTokenSummary[];
  onRevoked: (token: ApiTokenSummary) => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (tokens.length === 0) return <p className="mt-3">{t("adminIdentity.tokens.none")}</p>;
  return (
    <div className="table-responsive mt-4">
      <table className="table tavolo-table">
        <caption>{t("adminIdentity.tokens.caption", { count: tokens.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("adminIdentity.tokens.name")}</th>
            <th scope="col">{t("adminIdentity.tokens.createdAt")}</th>
            <th scope="col">{t("adminIdentity.tokens.lastUsed")}</th>
            <th scope="col">{t("adminIdentity.tokens.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{formatDateTime(token.createdAt, language)}</td>
              <td>
                {token.lastUsedAt
                  ? formatDateTime(token.lastUsedAt, language)
                  : t("adminIdentity.tokens.never")}
              </td>
              <td>
                <ConfirmButton
                  label={t("adminIdentity.tokens.revoke")}
                  question={t("adminIdentity.tokens.revokeQuestion", { name: token.name })}
                  confirmLabel={t("adminIdentity.tokens.revokeConfirm")}
                  onConfirm={async () => {
                    await identityApi.revokeToken(token.id);
                    await onRevoked(token);
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
