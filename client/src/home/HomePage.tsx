import type { ProcedureSummary } from "@tavolo/shared";
import { useLoaderData } from "react-router-dom";
import { OidcLink } from "../account/OidcLink.tsx";
import { api } from "../api/api.ts";
import { orNullWhen, usePerson } from "../session/session.ts";
import { MyProcedures } from "./MyProcedures.tsx";
import { Welcome } from "./Welcome.tsx";

interface HomeData {
  /** Null without a session. */
  procedures: ProcedureSummary[] | null;
}

export async function homeLoader(): Promise<HomeData> {
  return { procedures: await orNullWhen(401, api.procedures()) };
}

/** "/": what Tavolo is and "Come ti chiami?" for a newcomer; "Le mie procedure" afterwards. */
export function HomePage() {
  const person = usePerson();
  const { procedures } = useLoaderData<HomeData>();
  if (!person || !procedures) return <Welcome />;
  return (
    <>
      <MyProcedures name={person.displayName} procedures={procedures} />
      <div className="container">
        <OidcLink />
      </div>
    </>
  );
}
