import type { RoomName } from "@tavolo/shared";

/** Why the server will not open a room for this browser. */
export type RoomRefusal = "unauthorized" | "forbidden" | "notFound";

export type RoomAccess =
  /** `title` is the name people gave the room in its procedure, when the API tells it. */
  | { kind: "allowed"; readOnly: boolean; title: string | null }
  | { kind: "refused"; reason: RoomRefusal }
  /** The API could not tell (network down, server error): connect and let the provider retry. */
  | { kind: "unknown" };

const REFUSALS: Record<number, RoomRefusal> = {
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
};

/**
 * Asks the API whether this browser's session may open a room, before connecting. A browser
 * cannot read the HTTP status of a refused websocket upgrade (it only sees a failed connection),
 * so without this a refusal would look like a network that never comes back.
 */
export async function checkRoomAccess(room: RoomName, signal?: AbortSignal): Promise<RoomAccess> {
  try {
    const response = await fetch(`/api/rooms/${encodeURIComponent(room)}`, {
      credentials: "same-origin",
      headers: { accept: "application/json" },
      signal,
    });
    const refusal = REFUSALS[response.status];
    if (refusal) return { kind: "refused", reason: refusal };
    if (!response.ok) return { kind: "unknown" };
    return { kind: "allowed", ...readRoomAnswer(await response.json()) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: "unknown" };
  }
}

/** Picks what the client uses from `GET /api/rooms/:room` (`{ room: { title }, readOnly }`). */
function readRoomAnswer(body: unknown): { readOnly: boolean; title: string | null } {
  if (typeof body !== "object" || body === null) return { readOnly: false, title: null };
  const { readOnly, room } = body as Record<string, unknown>;
  const title =
    typeof room === "object" && room !== null && "title" in room && typeof room.title === "string"
      ? room.title
      : null;
  return { readOnly: readOnly === true, title };
}
