import { startTestServer, type TestServer } from "./in-process-server.ts";
import { CookieBrowser } from "./oidc-browser.ts";
import { startOidcProvider, type TestOidcProvider } from "./oidc-provider.ts";

export const CALLBACK_PATH = "/api/auth/oidc/callback";

/** The error code of the page a round trip landed on, or null if it landed elsewhere. */
export const errorOf = (landing: URL): string | null =>
  landing.pathname === "/accesso/oidc" ? landing.searchParams.get("errore") : null;

/** A real provider and a Tavolo configured for it (its callback registered at the provider). */
export async function startTavoloWithProvider(): Promise<{
  provider: TestOidcProvider;
  server: TestServer;
  newFlow(): OidcFlow;
  close(): Promise<void>;
}> {
  const provider = await startOidcProvider();
  const server = await startTestServer(provider.env);
  provider.allowRedirect(`${server.url}${CALLBACK_PATH}`);
  return {
    provider,
    server,
    newFlow: () => new OidcFlow(new CookieBrowser(), server.url),
    async close() {
      await server.close();
      await provider.close();
    },
  };
}

/** A round trip through Tavolo and the provider, as one browser makes it. */
export class OidcFlow {
  constructor(
    readonly browser: CookieBrowser,
    readonly app: string,
  ) {}

  /** Whether `url` is a page of the app (where a round trip ends), not its API. */
  isAppPage = (url: URL): boolean => url.origin === this.app && !url.pathname.startsWith("/api/");

  /** POSTs JSON to the app as its own page would; answers status and body. */
  async post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    const response = await this.browser.request(`${this.app}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.app },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async get<T>(path: string): Promise<{ status: number; body: T }> {
    const response = await this.browser.request(`${this.app}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Starts a round trip (`/start` or `/reauth`) and returns the provider's authorization URL. */
  async start(body: unknown, path = "/api/auth/oidc/start"): Promise<URL> {
    const answer = await this.post<{ url?: string; error?: string }>(path, body);
    if (!answer.body.url) throw new Error(`start refused: ${answer.status} ${answer.body.error}`);
    return new URL(answer.body.url);
  }

  /**
   * Opens the authorization URL, types `account` on the provider's login page and follows the
   * redirects until the app's page it lands on, or until a URL `stopBefore` accepts.
   */
  async logIn(authorization: URL, account: string, stopBefore?: (url: URL) => boolean) {
    const atLogin = await this.browser.visit(authorization.href);
    if (!atLogin.url.pathname.startsWith("/interaction/")) {
      throw new Error(`expected the provider's login page, got ${atLogin.url.href}`);
    }
    await atLogin.response.body?.cancel();
    const submit = new URL(`${atLogin.url.pathname}/login`, atLogin.url);
    const answer = await this.browser.request(submit.href, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ account }).toString(),
    });
    const end = await this.browser.follow(answer, submit.href, stopBefore ?? this.isAppPage);
    await end.response.body?.cancel();
    return end.url;
  }

  /** Visits `url` (e.g. a callback) and returns the app page it leads to. */
  async land(url: URL): Promise<URL> {
    const end = await this.browser.visit(url.href, this.isAppPage);
    await end.response.body?.cancel();
    return end.url;
  }

  /** Starts and completes a round trip as `account`; returns the app page it lands on. */
  async signIn(account: string, body: unknown = {}, path?: string): Promise<URL> {
    return this.logIn(await this.start(body, path), account);
  }

  /** Completes a round trip up to the callback, which is returned without being visited. */
  async toCallback(authorization: URL, account: string): Promise<URL> {
    return this.logIn(authorization, account, (url) => url.pathname === CALLBACK_PATH);
  }
}
