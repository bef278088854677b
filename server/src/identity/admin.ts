import type { SignupPolicy } from "@tavolo/shared";
import type { Context } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { Data, PersonRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { personStill, requirePerson } from "../procedures/access.ts";
import { ADMIN_TOKEN_PERSON_ID } from "./tokens.ts";

/** An administrator who is a person (the admin token's built-in person does not count). */
export function hasPersonAdministrator(data: Readonly<Data>): boolean {
  return Object.values(data.people).some((p) => p.isAdmin && p.id !== ADMIN_TOKEN_PERSON_ID);
}

/** Whether `person` may create procedures (and the demo) under `policy`. */
export function mayCreateProcedures(person: PersonRecord, policy: SignupPolicy): boolean {
  return policy === "open" || person.isAdmin === true || person.mayCreateProcedures === true;
}

/**
 * The request's person if they may create procedures, read from `data` (call it again inside
 * the `db.change` that creates): 401 without a session, 403 otherwise.
 */
export function requireCreator(
  c: Context<AuthEnv>,
  data: Readonly<Data>,
  policy: SignupPolicy,
): PersonRecord {
  requirePerson(c);
  const person = personStill(c, data);
  const current = person ? data.people[person.id] : undefined;
  if (!current || !mayCreateProcedures(current, policy)) {
    throw new ApiError(
      403,
      "sign-up: on this instance only administrators and people they invited create procedures",
    );
  }
  return current;
}

/** The request's person if an instance administrator now (read from `data`); else 401/403. */
export function requireAdmin(c: Context<AuthEnv>, data: Readonly<Data>): PersonRecord {
  requirePerson(c);
  const person = personStill(c, data);
  const current = person ? data.people[person.id] : undefined;
  if (!current?.isAdmin) throw new ApiError(403, "only instance administrators may do this");
  return current;
}
