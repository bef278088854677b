import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database, PersonRecord } from "../db/database.ts";

/** The person every `TAVOLO_ADMIN_TOKEN` request acts as; created on first use. */
export const ADMIN_TOKEN_PERSON_ID = "instance-admin-token";
const ADMIN_TOKEN_PERSON_NAME = "Amministratore (token di istanza)";

/** How stale a token's "last used" may get before a request records it again (one write a minute at most). */
const LAST_USED_PRECISION_MS = 60_000;

/** Hex SHA-256 of a secret: what is stored of tokens and sign-in links, never the secret. */
export function sha256Hex(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new personal API token: `tvl_` and 256 random bits. */
export function newApiTokenSecret(): string {
  return `tvl_${randomBytes(32).toString("base64url")}`;
}

/** The token of an `Authorization: Bearer <token>` header; null without one. */
export function bearerOf(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

/** Who a bearer token acts as, and the personal token's id (null for the admin token). */
export interface BearerIdentity {
  person: PersonRecord;
  tokenId: string | null;
}

/**
 * Resolves a bearer token: the instance admin token (compared in constant time) or a live
 * personal token, whose "last used" is recorded. Null for anything else.
 */
export function bearerResolver(
  db: Database,
  adminToken: string | undefined,
): (token: string) => Promise<BearerIdentity | null> {
  const adminDigest = adminToken ? createHash("sha256").update(adminToken).digest() : null;
  return async (token) => {
    const digest = createHash("sha256").update(token).digest();
    if (adminDigest && timingSafeEqual(digest, adminDigest)) {
      return { person: await adminTokenPerson(db), tokenId: null };
    }
    return personalToken(db, digest.toString("hex"));
  };
}

async function adminTokenPerson(db: Database): Promise<PersonRecord> {
  const existing = db.data.people[ADMIN_TOKEN_PERSON_ID];
  if (existing?.isAdmin) return existing;
  return db.change((data) => {
    const person = data.people[ADMIN_TOKEN_PERSON_ID] ?? {
      id: ADMIN_TOKEN_PERSON_ID,
      displayName: ADMIN_TOKEN_PERSON_NAME,
      createdAt: new Date().toISOString(),
    };
    person.isAdmin = true;
    data.people[ADMIN_TOKEN_PERSON_ID] = person;
    return person;
  });
}

async function personalToken(db: Database, tokenSha256: string): Promise<BearerIdentity | null> {
  const token = Object.values(db.data.apiTokens).find((t) => t.tokenSha256 === tokenSha256);
  const person = token && token.revokedAt === null ? db.data.people[token.personId] : undefined;
  if (!token || !person) return null;
  const now = Date.now();
  if (token.lastUsedAt === null || now - Date.parse(token.lastUsedAt) > LAST_USED_PRECISION_MS) {
    await db.change((data) => {
      const current = data.apiTokens[token.id];
      if (current && current.revokedAt === null) current.lastUsedAt = new Date(now).toISOString();
    });
  }
  return { person, tokenId: token.id };
}
