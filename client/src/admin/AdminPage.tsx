import {
  ApiRequestError,
  DisplayNameSchema,
  type InstancePerson,
  type IssuedSignInLink,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLoaderData, useRevalidator } from "react-router-dom";
import { formatDateTime, formatShortDate } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { CopyField } from "../forms/CopyField.tsx";
import { FieldError } from "../forms/Field.tsx";
import { NameFieldForm } from "../forms/NameFieldForm.tsx";
import { StartActions } from "../home/StartActions.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { orNullWhen } from "../session/session.ts";
import { identityApi } from "./identityApi.ts";

interface AdminData {
  /** Null when the visitor is not an administrator. */
  people: InstancePerson[] | null;
}

export async function adminLoader(): Promise<AdminData> {
  return { people: await orNullWhen([401, 403], identityApi.people()) };
}

/** "/amministrazione": the demo and a new procedure, invitations of creators, administrators. */
export function AdminPage() {
  const { t } = useTranslation();
  const { people } = useLoaderData<AdminData>();
  usePageTitle(t("adminIdentity.admin.pageTitle"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("adminIdentity.admin.title")}</h1>
      {people ? (
        <>
          <p className="lead">{t("adminIdentity.admin.lead")}</p>
          <section className="mb-5" aria-labelledby="admin-start-title">
            <h2 id="admin-start-title" className="h4">
              {t("adminIdentity.admin.startTitle")}
            </h2>
            <StartActions />
          </section>
          <InviteCreator />
          <PeopleTable people={people} />
        </>
      ) : (
        <p className="lead">{t("adminIdentity.admin.notAdmin")}</p>
      )}
    </div>
  );
}

function InviteCreator() {
  const { t } = useTranslation();
  const language = useLanguage();
  const revalidator = useRevalidator();
  const [link, setLink] = useState<IssuedSignInLink | null>(null);
  return (
    <section className="mb-5" aria-labelledby="admin-invite-title">
      <h2 id="admin-invite-title" className="h4">
        {t("adminIdentity.admin.inviteTitle")}
      </h2>
      <p>{t("adminIdentity.admin.inviteIntro")}</p>
      <NameFieldForm
        label={t("adminIdentity.admin.inviteName")}
        submitLabel={t("adminIdentity.admin.inviteSubmit")}
        schema={DisplayNameSchema}
        onSubmit={async (name) => {
          setLink(await identityApi.inviteCreator(name));
          await revalidator.revalidate();
        }}
      />
      {link && (
        <div className="mt-3" role="status">
          <CopyField
            label={t("adminIdentity.admin.inviteCreated", { name: link.displayName })}
            hint={t("adminIdentity.admin.inviteHint", {
              date: formatDateTime(link.expiresAt, language),
            })}
            value={`${window.location.origin}${link.path}`}
          />
        </div>
      )}
    </section>
  );
}

function PeopleTable({ people }: { people: readonly InstancePerson[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-people-title">
      <h2 id="admin-people-title" className="h4">
        {t("adminIdentity.admin.peopleTitle")}
      </h2>
      <div className="table-responsive">
        <table className="table tavolo-table">
          <caption>{t("adminIdentity.admin.peopleCaption", { count: people.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("adminIdentity.admin.name")}</th>
              <th scope="col">{t("adminIdentity.admin.since")}</th>
              <th scope="col">{t("adminIdentity.admin.rights")}</th>
              <th scope="col">{t("adminIdentity.tokens.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <PersonRow key={person.id} person={person} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PersonRow({ person }: { person: InstancePerson }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revalidator = useRevalidator();
  const [error, setError] = useState<string | null>(null);
  const rights = person.isAdmin
    ? t("adminIdentity.admin.admin")
    : person.mayCreateProcedures
      ? t("adminIdentity.admin.creator")
      : t("adminIdentity.admin.none");

  const toggle = async () => {
    setError(null);
    try {
      await identityApi.updatePerson(person.id, { isAdmin: !person.isAdmin });
      await revalidator.revalidate();
    } catch (failure) {
      const last = failure instanceof ApiRequestError && failure.status === 409;
      setError(last ? t("adminIdentity.admin.lastAdmin") : t("forms.errors.network"));
    }
  };

  return (
    <tr>
      <th scope="row">{person.displayName}</th>
      <td>
        <time dateTime={person.createdAt}>{formatShortDate(person.createdAt, language)}</time>
      </td>
      <td>{rights}</td>
      <td>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => void toggle()}
          aria-describedby={error ? `admin-${person.id}-error` : undefined}
        >
          {person.isAdmin
            ? t("adminIdentity.admin.unmakeAdmin")
            : t("adminIdentity.admin.makeAdmin")}
          <span className="visually-hidden"> {person.displayName}</span>
        </button>
        {error && <FieldError id={`admin-${person.id}-error`} message={error} live />}
      </td>
    </tr>
  );
}
