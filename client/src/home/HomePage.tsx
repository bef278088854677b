import type { InstanceInfo, ProcedureSummary } from "@tavolo/shared";
import { useLoaderData } from "react-router-dom";
import { identityApi } from "../admin/identityApi.ts";
import { api } from "../api/api.ts";
import { orNullWhen, usePerson } from "../session/session.ts";
import { MyProcedures } from "./MyProcedures.tsx";
import { Welcome } from "./Welcome.tsx";

interface HomeData {
  /** Null without a session. */
  procedures: ProcedureSummary[] | null;
  instance: InstanceInfo;
}

export async function homeLoader(): Promise<HomeData> {
  const [procedures, instance] = await Promise.all([
    orNullWhen(401, api.procedures()),
    identityApi.instance(),
  ]);
  return { procedures, instance };
}

/** "/": what Tavolo is and "Come ti chiami?" for a newcomer; "Le mie procedure" afterwards. */
export function HomePage() {
  const person = usePerson();
  const { procedures, instance } = useLoaderData<HomeData>();
  if (!person || !procedures) return <Welcome instance={instance} />;
  return <MyProcedures name={person.displayName} procedures={procedures} />;
}
