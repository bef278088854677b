/** Thrown by `ApiClient.ok` when the server refuses; `message` is the server's reason. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A small client for Tavolo's JSON API. In a browser the session cookie travels by itself; in
 * Node (scripts, tests) this keeps it like a browser would, or sends `bearer` (a personal API
 * token or the instance admin token) as `Authorization: Bearer`.
 */
export class ApiClient {
  private cookie = "";

  constructor(
    readonly baseUrl = "",
    private readonly bearer: string | null = null,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Like `request`, but fails unless the status is 2xx. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await this.request<T>(method, path, body);
    if (status < 200 || status > 299) {
      const reason = (answer as { error?: unknown } | null)?.error;
      throw new ApiRequestError(
        status,
        typeof reason === "string" ? reason : `${method} ${path}: ${status}`,
      );
    }
    return answer;
  }

  get cookieHeader(): string {
    return this.cookie;
  }
}
