import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

/** A person the test provider knows, signed in by typing `id` on its login page. */
export interface TestAccount {
  id: string;
  name: string;
  email: string;
  /** The assurance level the provider reports for this account's sign-ins. */
  acr: string;
}

export const MARIO: TestAccount = {
  id: "mario",
  name: "Mario Rossi",
  email: "mario.rossi@comune.example",
  acr: "https://www.spid.gov.it/SpidL2",
};
export const LUCIA: TestAccount = {
  id: "lucia",
  name: "Lucia Bianchi",
  email: "lucia.bianchi@ente.example",
  acr: "https://www.spid.gov.it/SpidL1",
};

export const ANNA: TestAccount = {
  id: "anna",
  name: "Anna Neri",
  email: "anna.neri@ente.example",
  acr: "https://www.spid.gov.it/SpidL2",
};

export const TEST_CLIENT_ID = "tavolo-test";
export const TEST_CLIENT_SECRET = "tavolo-test-secret-of-32-characters!";

export interface TestOidcProvider {
  /** The issuer to put in OIDC_ISSUER. */
  issuer: string;
  /** The Tavolo environment that points at this provider. */
  env: Record<string, string>;
  /** Registers Tavolo's callback URL; call before the first sign-in (the client is built then). */
  allowRedirect(uri: string): void;
  close(): Promise<void>;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", reject);
  });
}

/** The provider's login page: one field, Italian, labelled, so a browser test fills it. */
function loginPage(uid: string, error: string | null): string {
  const alert = error ? `<p role="alert">${error}</p>` : "";
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Accesso di prova</title></head>
<body><main><h1>Fornitore di identità di prova</h1>${alert}
<form method="post" action="/interaction/${uid}/login">
<label for="account">Nome utente</label> <input id="account" name="account" autocomplete="username">
<button type="submit">Accedi</button></form></main></body></html>`;
}

function providerConfiguration(
  accounts: readonly TestAccount[],
  redirectUris: readonly string[],
): Configuration {
  const jwk = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
    format: "jwk",
  });
  return {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [...redirectUris],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...jwk, kid: "test", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    pkce: { required: () => true, methods: ["S256"] },
    acrValues: accounts.map((account) => account.acr),
    claims: { acr: null, auth_time: null, openid: ["sub"], profile: ["name"], email: ["email"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const account = accounts.find((candidate) => candidate.id === id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: account.name, email: account.email }),
      };
    },
    // Consent is not what is under test: the test client is granted what it asks.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? "openid"));
      await grant.save();
      return grant;
    },
  };
}

/**
 * A real OpenID Connect provider (npm `oidc-provider`) on 127.0.0.1 and an ephemeral port, with
 * one confidential test client and a login page that signs in whichever test account is typed
 * (with that account's `acr`). The provider is built at its first request, once Tavolo's
 * callback URL is known.
 */
export async function startOidcProvider(
  accounts: readonly TestAccount[] = [MARIO, LUCIA, ANNA],
): Promise<TestOidcProvider> {
  const redirectUris: string[] = [];
  let provider: Provider | null = null;
  const handle = async (req: IncomingMessage, res: ServerResponse, issuer: string) => {
    provider ??= new Provider(issuer, providerConfiguration(accounts, redirectUris));
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (!match?.[1]) return provider.callback()(req, res);
    await provider.interactionDetails(req, res);
    if (req.method !== "POST" || !match[2]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(loginPage(match[1], null));
    }
    const typed = (await readForm(req)).get("account");
    const account = accounts.find((candidate) => candidate.id === typed);
    if (!account) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(loginPage(match[1], "Utente sconosciuto"));
    }
    await provider.interactionFinished(req, res, {
      login: { accountId: account.id, acr: account.acr, amr: ["pwd"] },
    });
  };
  const server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    handle(req, res, `http://127.0.0.1:${port}`).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OIDC_LABEL: "Accedi con SPID/CIE",
      // This provider puts `acr` in the ID token when asked, as SPID/CIE gateways do.
      OIDC_ACR_VALUES: [...new Set(accounts.map((account) => account.acr))].join(" "),
    },
    allowRedirect: (uri) => void redirectUris.push(uri),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
