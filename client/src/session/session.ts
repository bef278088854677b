import { ApiRequestError, type SessionPerson } from "@tavolo/shared";
import { useRouteLoaderData } from "react-router-dom";
import { api } from "../api/api.ts";

export interface RootData {
  /** The person behind this browser's session cookie; null before they give their name. */
  person: SessionPerson | null;
}

/** Loader of the root route: who is using this browser, if anyone. */
export async function rootLoader(): Promise<RootData> {
  return { person: await orNullWhen(401, api.session()) };
}

/** The signed-in person, or null; every page sits under the root route, which loads it. */
export function usePerson(): SessionPerson | null {
  return useRouteLoaderData<RootData>("root")?.person ?? null;
}

/** The answer, or null when the API refuses with one of `statuses` (other failures throw). */
export async function orNullWhen<T>(
  statuses: number | readonly number[],
  request: Promise<T>,
): Promise<T | null> {
  const expected = typeof statuses === "number" ? [statuses] : statuses;
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiRequestError && expected.includes(error.status)) return null;
    throw error;
  }
}
