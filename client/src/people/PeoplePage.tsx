import { can, type Invitation } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, useLoaderData } from "react-router-dom";
import { api } from "../api/api.ts";
import { ProcedurePage } from "../procedure/ProcedurePage.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { orNullWhen } from "../session/session.ts";
import { InvitationForm } from "./InvitationForm.tsx";
import { InvitationsTable } from "./InvitationsTable.tsx";
import { MembersTable } from "./MembersTable.tsx";
import { RoleGuide } from "./RoleGuide.tsx";

interface PeopleData {
  /** Null for people who may not invite (only facilitators see the invitations). */
  invitations: Invitation[] | null;
}

export async function peopleLoader({ params }: LoaderFunctionArgs): Promise<PeopleData> {
  return { invitations: await orNullWhen(403, api.invitations(params.pid ?? "")) };
}

/** "/procedure/:pid/persone": who takes part and in which role; invitations for facilitators. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { me } = useProcedure();
  const { invitations } = useLoaderData<PeopleData>();
  const [notice, setNotice] = useState("");
  const mayInvite = can(me.role, "people.invite");
  return (
    <ProcedurePage section="people">
      <div className="row g-4">
        <div className="col-xl-8">
          <h2 id="people-title" className="h3" tabIndex={-1}>
            {t("people.title")}
          </h2>
          <p className="tavolo-muted">{t("people.intro")}</p>
          <p role="status" className="tavolo-notice">
            {notice}
          </p>
          <MembersTable onNotice={setNotice} />
          {mayInvite && invitations && <InvitationsTable invitations={invitations} />}
        </div>
        <div className="col-xl-4">
          {mayInvite && <InvitationForm />}
          <RoleGuide />
        </div>
      </div>
    </ProcedurePage>
  );
}
