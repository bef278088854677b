/**
 * The one place that knows how a Node client gets into a Tavolo room: rooms belong to a
 * procedure and are created through the API by a member, who then asks for a short-lived room
 * token passed as `?token=`. When access rules change, only this file follows.
 */
export interface TavoloRoom {
  id: string;
  token: string;
}

export interface TavoloConnection {
  /** For raw sockets: the room's own websocket URL, token included. */
  rawUrl: string;
  /** For the stock WebsocketProvider: `serverUrl`, room name and `params`. */
  serverUrl: string;
  params: Record<string, string>;
}

export function tavoloConnection(port: number, room: TavoloRoom): TavoloConnection {
  const serverUrl = `ws://127.0.0.1:${port}/sync`;
  const params = { token: room.token };
  return { rawUrl: `${serverUrl}/${room.id}?${new URLSearchParams(params)}`, serverUrl, params };
}

/** A facilitator's session on a fresh server, creating rooms in one procedure. */
export class TavoloProvisioner {
  private cookie = "";
  private procedureId: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async rooms(count: number, concurrency = 8): Promise<TavoloRoom[]> {
    const procedureId = await this.procedure();
    const created: TavoloRoom[] = [];
    for (let start = 0; start < count; start += concurrency) {
      const batch = Math.min(concurrency, count - start);
      const rooms = await Promise.all(
        Array.from({ length: batch }, (_, i) => this.room(procedureId, `bench ${start + i}`)),
      );
      created.push(...rooms);
    }
    return created;
  }

  private async room(procedureId: string, title: string): Promise<TavoloRoom> {
    const room = await this.post<{ id: string }>(`/api/procedures/${procedureId}/rooms`, {
      kind: "nota",
      title,
    });
    const { token } = await this.post<{ token: string }>(`/api/rooms/${room.id}/token`);
    return { id: room.id, token };
  }

  private async procedure(): Promise<string> {
    if (this.procedureId) return this.procedureId;
    await this.post("/api/session", { displayName: "Benchmark" });
    const procedure = await this.post<{ id: string }>("/api/procedures", {
      title: "Benchmark",
      amministrazione: "Comune di Prova",
    });
    this.procedureId = procedure.id;
    return procedure.id;
  }

  private async post<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}
