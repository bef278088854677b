import * as oidc from "openid-client";
import type { Config } from "../config.ts";

/** What the environment says about the organisation's identity provider. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  scopes: string;
  label: string;
  acrValues: string | undefined;
}

/** The settings when OIDC_ISSUER is set, otherwise null (the feature is off). */
export function oidcSettings(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return null;
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    scopes: config.OIDC_SCOPES,
    label: config.OIDC_LABEL,
    acrValues: config.OIDC_ACR_VALUES,
  };
}

/** One authorization request's secrets, kept server-side until its callback. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** Seconds: set for re-authentication, which also asks `prompt=login`. */
  maxAge?: number;
}

/** Who the identity provider says signed in, from a verified ID token (and userinfo). */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  acr: string | null;
  /** Seconds since the epoch, when the provider reports it. */
  authTime: number | null;
  email: string | null;
  name: string | null;
}

/** Loopback issuers (tests, a provider on the same host) may speak plain http. */
function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

function nameFrom(claims: Record<string, unknown>): string | null {
  const text = (key: string) => (typeof claims[key] === "string" ? (claims[key] as string) : "");
  const full = text("name") || `${text("given_name")} ${text("family_name")}`.trim();
  return (full || text("preferred_username") || text("email")).slice(0, 80) || null;
}

/**
 * The relying party: discovers the provider on first use (again after a failure, so a provider
 * that was down at start is found later), builds authorization URLs with PKCE, state and nonce,
 * and redeems codes checking all three.
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const found = oidc.discovery(
      issuer,
      clientId,
      clientSecret,
      clientSecret ? undefined : oidc.None(),
      isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    found.catch(() => {
      if (this.configuration === found) this.configuration = null;
    });
    this.configuration = found;
    return found;
  }

  private config(): Promise<oidc.Configuration> {
    return this.configuration ?? this.discover();
  }

  /** Fresh secrets for one authorization request. */
  static newChecks(redirectUri: string, maxAge?: number): AuthorizationChecks {
    return {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      redirectUri,
      ...(maxAge === undefined ? {} : { maxAge }),
    };
  }

  /** The provider's authorization URL for `checks` (S256 PKCE). */
  async authorizationUrl(checks: AuthorizationChecks): Promise<URL> {
    const params: Record<string, string> = {
      redirect_uri: checks.redirectUri,
      scope: this.settings.scopes,
      response_type: "code",
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: "S256",
    };
    if (this.settings.acrValues) params.acr_values = this.settings.acrValues;
    if (checks.maxAge !== undefined) {
      params.prompt = "login";
      params.max_age = String(checks.maxAge);
    }
    return oidc.buildAuthorizationUrl(await this.config(), params);
  }

  /**
   * Redeems the code in `callbackSearch` after checking `state`; verifies the ID token's
   * signature, issuer, audience, `nonce` and (for re-authentication) `auth_time`.
   */
  async redeem(callbackSearch: string, checks: AuthorizationChecks): Promise<VerifiedIdentity> {
    const config = await this.config();
    const currentUrl = new URL(checks.redirectUri);
    currentUrl.search = callbackSearch;
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
      ...(checks.maxAge === undefined ? {} : { maxAge: checks.maxAge }),
    });
    const claims = tokens.claims();
    if (!claims) throw new Error("the provider returned no ID token");
    let extra: Record<string, unknown> = claims;
    if (!nameFrom(claims) && config.serverMetadata().userinfo_endpoint) {
      extra = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) };
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      acr: typeof claims.acr === "string" ? claims.acr : null,
      authTime: typeof claims.auth_time === "number" ? claims.auth_time : null,
      email: typeof extra.email === "string" ? extra.email : null,
      name: nameFrom(extra),
    };
  }
}
