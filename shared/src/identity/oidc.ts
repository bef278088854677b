import { z } from "zod";

/**
 * A path of this site to land on after an OpenID Connect round trip: it starts with one "/"
 * (never "//" or "/\", which browsers read as another host), so the redirect stays on Tavolo.
 */
export const AppPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s\\]*$/, "must be a path of this site, starting with /");

/**
 * `POST /api/auth/oidc/start`: begin signing in with the organisation's identity provider
 * (`signin`), or link it to the signed-in account (`link`). With `invitation`, an identity
 * unknown to Tavolo becomes a new person who joins through that invitation.
 */
export const OidcStartSchema = z.object({
  purpose: z.enum(["signin", "link"]).default("signin"),
  returnTo: AppPathSchema.default("/"),
  invitation: z.string().min(1).max(128).optional(),
});
export type OidcStart = z.input<typeof OidcStartSchema>;

/**
 * `POST /api/auth/oidc/reauth`: sign in again at the identity provider to confirm one decision
 * on one version for one organisation; the callback lands on `returnTo` with `oidcProof=<id>`.
 */
export const OidcReauthSchema = z.object({
  versionId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64),
  decision: z.enum(["approve", "request_changes"]),
  /** A request for changes' reason: bound too, so it cannot change after re-authenticating. */
  reason: z.string().trim().min(3, "at least 3 characters").max(2000).nullable().default(null),
  returnTo: AppPathSchema.default("/"),
});
export type OidcReauth = z.input<typeof OidcReauthSchema>;

/** `GET /api/auth/oidc`: whether the sign-in button shows, and its text. */
export interface OidcPublicConfig {
  enabled: boolean;
  /** The button's text ("Accedi con SPID/CIE"); null when OIDC is off. */
  label: string | null;
}

/** An institutional identity linked to the signed-in person (`GET /api/auth/oidc/identities`). */
export interface OidcIdentitySummary {
  issuer: string;
  subject: string;
  acr: string | null;
  email: string | null;
  linkedAt: string;
  lastUsedAt: string;
}

/**
 * Why an OpenID Connect round trip did not sign anyone in: the callback sends the browser to
 * `/accesso/oidc?errore=<code>`, which explains it in Italian.
 */
export const OIDC_ERRORS = [
  "nessun-account",
  "gia-collegato",
  "identita-diversa",
  "sessione-scaduta",
  "non-valida",
  "annullato",
  "invito-non-valido",
  "non-configurato",
] as const;
export type OidcError = (typeof OIDC_ERRORS)[number];

/**
 * `GET /api/auth/oidc/proofs/:id`: what one's own unused re-authentication confirms, shown before
 * the answer is sent with it.
 */
export interface OidcProofSummary {
  versionId: string;
  versionSha256: string;
  organisationId: string;
  decision: "approve" | "request_changes";
  reason: string | null;
  issuer: string;
  acr: string | null;
  expiresAt: string;
}

/** The query parameter that carries a re-authentication proof back to the page that asked. */
export const OIDC_PROOF_PARAM = "oidcProof";
