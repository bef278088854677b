import type { Logger } from "pino";
import { newId } from "../auth/ids.ts";
import type { Data, Database, PersonRecord } from "../db/database.ts";
import { hasPersonAdministrator } from "./admin.ts";
import { type IssuedLink, issueSignInLink, signInLinkPath } from "./sign-in-links.ts";

/** How long the first-start administrator link stays usable. */
const BOOTSTRAP_LINK_MS = 24 * 3_600_000;

/**
 * While no administrator has signed in: a new one-time administrator link, replacing the unused
 * one of an earlier start (whose person it keeps). Null once there is an administrator.
 * Call inside `db.change`.
 */
export function reissueBootstrapLink(data: Data, now = Date.now()): IssuedLink | null {
  if (hasPersonAdministrator(data)) return null;
  keepCreatorsCreating(data);
  let person: PersonRecord | undefined;
  for (const link of Object.values(data.signInLinks)) {
    if (link.kind !== "bootstrap" || link.usedAt !== null) continue;
    person ??= data.people[link.personId];
    delete data.signInLinks[link.id];
  }
  if (!person) {
    person = { id: newId(), displayName: "Amministratore", createdAt: new Date(now).toISOString() };
    data.people[person.id] = person;
  }
  return issueSignInLink(
    data,
    {
      personId: person.id,
      issuedBy: null,
      procedureId: null,
      kind: "bootstrap",
      validForMs: BOOTSTRAP_LINK_MS,
    },
    now,
  );
}

/**
 * A DATA_DIR from before administrators existed: whoever created a procedure there keeps the
 * right to create more under `SIGNUP_POLICY=invited`. Runs only until an administrator exists.
 */
function keepCreatorsCreating(data: Data): void {
  for (const procedure of Object.values(data.procedures)) {
    const creator = data.people[procedure.createdBy];
    if (creator && creator.mayCreateProcedures === undefined) creator.mayCreateProcedures = true;
  }
}

/** At start: issues the first-start administrator link if needed and prints it in the log. */
export async function announceBootstrapLink(
  db: Database,
  log: Logger,
  baseUrl: string,
): Promise<string | null> {
  let link: IssuedLink | null;
  try {
    link = await db.change((data) => reissueBootstrapLink(data));
  } catch (error) {
    // A full disk must not stop the start: the next start issues it again.
    log.error({ err: error }, "first-start administrator link: could not be recorded");
    return null;
  }
  if (!link) return null;
  const url = `${baseUrl}${signInLinkPath(link.secret)}`;
  // warn: the one line an operator must see, whatever LOG_LEVEL above info they chose.
  log.warn(
    { bootstrapUrl: url, expiresAt: link.record.expiresAt },
    `Prima installazione: apri ${url} per accedere come amministratore (link valido una volta, per 24 ore). First start: open it to sign in as the administrator.`,
  );
  return url;
}

/** The address the server answers on, for the log: a wildcard host becomes loopback. */
export function listeningUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
