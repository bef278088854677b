import type { AccountView, PasskeyView, SessionPerson } from "@tavolo/shared";
import type { Data, PasskeyRecord, PersonRecord } from "../db/database.ts";
import { passkeysOf, waysIn } from "./passkeys.ts";
import { sessionsOf } from "./sessions.ts";

/** The signed-in person as `GET /api/session` tells the client. */
export function sessionPerson(data: Readonly<Data>, person: PersonRecord): SessionPerson {
  return {
    id: person.id,
    displayName: person.displayName,
    needsPasskey: waysIn(data, person.id) === 0,
  };
}

export function passkeyView({ id, name, createdAt, lastUsedAt }: PasskeyRecord): PasskeyView {
  return { id, name, createdAt, lastUsedAt };
}

/** Everything "Il mio account" shows. */
export function accountView(
  data: Readonly<Data>,
  person: PersonRecord,
  currentSessionId: string | null,
): AccountView {
  return {
    person: sessionPerson(data, person),
    passkeys: passkeysOf(data, person.id).map(passkeyView),
    sessions: sessionsOf(data, person.id, currentSessionId),
  };
}
