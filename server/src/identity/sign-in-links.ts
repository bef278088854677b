import { randomBytes } from "node:crypto";
import type { SignInLinkKind, SignInLinkPreview } from "@tavolo/shared";
import { newId } from "../auth/ids.ts";
import type { Data, SignInLinkRecord } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { membershipOf } from "../procedures/access.ts";
import { sha256Hex } from "./tokens.ts";

/** A link's secret and its record, as issued: the secret is never stored. */
export interface IssuedLink {
  secret: string;
  record: SignInLinkRecord;
}

/** The page a sign-in link opens. */
export const signInLinkPath = (secret: string) => `/accesso/${secret}`;

/** Records a one-time sign-in link for `personId`; call inside `db.change`. */
export function issueSignInLink(
  data: Data,
  link: {
    personId: string;
    issuedBy: string | null;
    procedureId: string | null;
    kind: SignInLinkKind;
    validForMs: number;
  },
  now = Date.now(),
): IssuedLink {
  const secret = randomBytes(32).toString("base64url");
  const record: SignInLinkRecord = {
    id: newId(),
    tokenSha256: sha256Hex(secret),
    personId: link.personId,
    issuedBy: link.issuedBy,
    procedureId: link.procedureId,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + link.validForMs).toISOString(),
    usedAt: null,
    kind: link.kind,
  };
  data.signInLinks[record.id] = record;
  return { secret, record };
}

/** The link whose secret is `secret`, if any. */
export function findSignInLink(data: Readonly<Data>, secret: string): SignInLinkRecord | null {
  const digest = sha256Hex(secret);
  return Object.values(data.signInLinks).find((l) => l.tokenSha256 === digest) ?? null;
}

/** Why the link can no longer be used, or null while it can. */
export function unusableLinkBecause(
  data: Readonly<Data>,
  link: SignInLinkRecord,
  now = Date.now(),
): string | null {
  if (link.usedAt !== null) return "this sign-in link was already used";
  if (Date.parse(link.expiresAt) <= now) return "this sign-in link has expired";
  if (!data.people[link.personId]) return "the person of this link no longer exists";
  // A facilitator's link holds only while its person still belongs to the procedure.
  if (link.procedureId && !membershipOf(data, link.procedureId, link.personId)) {
    return "the person of this link no longer belongs to its procedure";
  }
  return null;
}

export function previewSignInLink(data: Readonly<Data>, secret: string): SignInLinkPreview {
  const link = findSignInLink(data, secret);
  if (!link) throw new ApiError(404, "sign-in link: not found");
  const reason = unusableLinkBecause(data, link);
  return {
    displayName: data.people[link.personId]?.displayName ?? "",
    kind: link.kind ?? "sign-in",
    valid: reason === null,
    reason,
  };
}

/**
 * Checks the link and marks it used in one synchronous step (call inside `db.change`): of two
 * simultaneous uses one passes, the other is refused (410). Grants what the link's kind carries.
 */
export function spendSignInLink(data: Data, secret: string, now = Date.now()): SignInLinkRecord {
  const link = findSignInLink(data, secret);
  if (!link) throw new ApiError(404, "sign-in link: not found");
  const reason = unusableLinkBecause(data, link, now);
  if (reason) throw new ApiError(410, reason);
  link.usedAt = new Date(now).toISOString();
  const person = data.people[link.personId];
  if (person && link.kind === "bootstrap") person.isAdmin = true;
  if (person && link.kind === "instance-invitation") person.mayCreateProcedures = true;
  return link;
}
