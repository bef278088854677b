/**
 * A browser as far as an OpenID Connect round trip needs one: a cookie jar per origin (cookies
 * set, replaced and deleted as servers say) and redirects followed one by one, with a way to
 * stop before a URL so a test can read or tamper with it (state, nonce, a replayed callback).
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The value of cookie `name` for `origin`, if the browser holds it. */
  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  /** Puts a cookie back, as someone replaying a captured request would. */
  setCookie(origin: string, name: string, value: string): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }

  /** One request, no redirect followed; cookies sent and stored. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size > 0) {
      headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) store(jar, line);
    return response;
  }

  /**
   * Follows redirects from `response` until one would lead to a URL `stopBefore` accepts (that
   * URL is returned, not requested) or a non-redirect answer arrives.
   */
  async follow(
    response: Response,
    from: string,
    stopBefore: (url: URL) => boolean = () => false,
  ): Promise<{ response: Response; url: URL; stopped: boolean }> {
    let current = response;
    let url = new URL(from);
    for (let hops = 0; hops < 20; hops++) {
      const location = current.headers.get("location");
      if (current.status < 300 || current.status >= 400 || !location) {
        return { response: current, url, stopped: false };
      }
      await current.body?.cancel();
      url = new URL(location, url);
      if (stopBefore(url)) return { response: current, url, stopped: true };
      current = await this.request(url.href);
    }
    throw new Error(`too many redirects, last at ${url.href}`);
  }

  /** GETs `url` and follows its redirects (see `follow`). */
  async visit(url: string, stopBefore?: (url: URL) => boolean) {
    return this.follow(await this.request(url), url, stopBefore);
  }
}

function store(jar: Map<string, string>, line: string): void {
  const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  if (equals < 1) return;
  const name = pair.slice(0, equals);
  const expired = attributes.some((attribute) => {
    const [key = "", value = ""] = attribute.split("=");
    if (key.toLowerCase() === "max-age") return Number(value) <= 0;
    if (key.toLowerCase() === "expires") return Date.parse(value) <= Date.now();
    return false;
  });
  if (expired) jar.delete(name);
  else jar.set(name, pair.slice(equals + 1));
}
