import type { ProcedureDetail } from "@tavolo/shared";
import { type LoaderFunctionArgs, useRevalidator, useRouteLoaderData } from "react-router-dom";
import { api } from "../api/api.ts";

/** Loader of `/procedure/:pid`: the procedure's home as this member sees it. */
export function procedureLoader({ params }: LoaderFunctionArgs): Promise<ProcedureDetail> {
  return api.procedure(params.pid ?? "");
}

/** The procedure every page under `/procedure/:pid` belongs to. */
export function useProcedure(): ProcedureDetail {
  const detail = useRouteLoaderData<ProcedureDetail>("procedure");
  if (!detail) throw new Error("useProcedure is only for pages under /procedure/:pid");
  return detail;
}

/** Loads the procedure (and the page's own data) again, after a change was saved. */
export function useRefresh(): () => Promise<void> {
  return useRevalidator().revalidate;
}
