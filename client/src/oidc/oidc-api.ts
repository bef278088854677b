import {
  ApiClient,
  type OidcIdentitySummary,
  type OidcProofSummary,
  type OidcPublicConfig,
  type OidcReauth,
  type OidcStart,
} from "@tavolo/shared";

const client = new ApiClient("");

/** The OpenID Connect calls the interface makes (`/api/auth/oidc`). */
export const oidcApi = {
  config: () => client.ok<OidcPublicConfig>("GET", "/api/auth/oidc"),
  identities: () => client.ok<OidcIdentitySummary[]>("GET", "/api/auth/oidc/identities"),
  start: (input: OidcStart) => client.ok<{ url: string }>("POST", "/api/auth/oidc/start", input),
  reauth: (input: OidcReauth) => client.ok<{ url: string }>("POST", "/api/auth/oidc/reauth", input),
  proof: (id: string) =>
    client.ok<OidcProofSummary>("GET", `/api/auth/oidc/proofs/${encodeURIComponent(id)}`),
};

let config: Promise<OidcPublicConfig> | null = null;

/** The public configuration, asked once per page load (it changes only with a restart). */
export function oidcConfig(): Promise<OidcPublicConfig> {
  config ??= oidcApi.config().catch(() => {
    config = null;
    return { enabled: false, label: null };
  });
  return config;
}

/** Leaves for the identity provider: a full navigation, as the provider's pages need. */
export async function goToProvider(answer: Promise<{ url: string }>): Promise<void> {
  window.location.assign((await answer).url);
}
