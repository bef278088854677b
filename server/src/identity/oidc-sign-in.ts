import { DisplayNameSchema, type OidcError } from "@tavolo/shared";
import type { Data, OidcIdentityRecord, PersonRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { acceptInto } from "../procedures/invitations-route.ts";
import type { VerifiedIdentity } from "./oidc-client.ts";

/** A round trip that signs nobody in; the browser is sent to the page explaining `code`. */
export class OidcRefusal extends Error {
  constructor(readonly code: OidcError) {
    super(code);
  }
}

/** The provider's name for the person, held to the rules of any name; a placeholder without one. */
function displayNameOf(identity: VerifiedIdentity): string {
  return DisplayNameSchema.safeParse(identity.name ?? "").data ?? "Persona senza nome";
}

/** The key of `data.oidcIdentities`. */
export function identityKey(issuer: string, subject: string): string {
  return `${issuer} ${subject}`;
}

/**
 * The sign-up policy for institutional identities, in one place: an identity Tavolo does not
 * know becomes a new person only when it arrives with an invitation to accept. Anyone else who
 * can sign in at the provider gets "no linked account" rather than an account able to create
 * procedures.
 */
export function mayCreatePersonFromOidc(invitation: string | null): invitation is string {
  return invitation !== null;
}

/** Records the identity's latest sign-in on its link to `personId` (creating the link). */
function touchIdentity(data: Data, identity: VerifiedIdentity, personId: string, now: string) {
  const key = identityKey(identity.issuer, identity.subject);
  const record: OidcIdentityRecord = data.oidcIdentities[key] ?? {
    issuer: identity.issuer,
    subject: identity.subject,
    personId,
    acr: null,
    email: null,
    linkedAt: now,
    lastUsedAt: now,
  };
  record.acr = identity.acr;
  record.email = identity.email ?? record.email;
  record.lastUsedAt = now;
  data.oidcIdentities[key] = record;
}

/**
 * Signs in, inside `db.change`, the person `identity` is linked to; with an invitation, also
 * accepts it (an unknown identity then becomes a new person named as the provider says).
 * Returns the person and the procedure joined, if any; throws `OidcRefusal` otherwise.
 */
export function oidcSignIn(
  data: Data,
  identity: VerifiedIdentity,
  invitation: string | null,
): { person: PersonRecord; procedureId: string | null } {
  const now = new Date().toISOString();
  const linked = data.oidcIdentities[identityKey(identity.issuer, identity.subject)];
  const known = linked ? (data.people[linked.personId] ?? null) : null;
  if (!known && !mayCreatePersonFromOidc(invitation)) throw new OidcRefusal("nessun-account");
  if (invitation === null && known) {
    touchIdentity(data, identity, known.id, now);
    return { person: known, procedureId: null };
  }
  const found = invitation === null ? undefined : data.invitations[invitation];
  if (!found) throw new OidcRefusal("invito-non-valido");
  let person: PersonRecord;
  try {
    person = acceptInto(data, found, known, displayNameOf(identity)).person;
  } catch (error) {
    if (error instanceof ApiError) throw new OidcRefusal("invito-non-valido");
    throw error;
  }
  touchIdentity(data, identity, person.id, now);
  return { person, procedureId: found.procedureId };
}

/** Links `identity` to the signed-in `personId`, inside `db.change`; refused if it is someone else's. */
export function linkOidcIdentity(data: Data, identity: VerifiedIdentity, personId: string): void {
  const linked = data.oidcIdentities[identityKey(identity.issuer, identity.subject)];
  if (linked && linked.personId !== personId) {
    if (data.people[linked.personId]) throw new OidcRefusal("gia-collegato");
    // A link left by a person who no longer exists is free to take.
    delete data.oidcIdentities[identityKey(identity.issuer, identity.subject)];
  }
  touchIdentity(data, identity, personId, new Date().toISOString());
}

/** Whether `identity` is one of `personId`'s linked identities (re-authentication). */
export function isLinkedTo(data: Readonly<Data>, identity: VerifiedIdentity, personId: string) {
  return data.oidcIdentities[identityKey(identity.issuer, identity.subject)]?.personId === personId;
}
