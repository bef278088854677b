import { CloseCode, formatIssues, type RoomName, RoomNameSchema } from "@tavolo/shared";
import { Hono } from "hono";
import type { UpgradeWebSocket } from "hono/ws";
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import type { RoomAccessPolicy } from "./room-access.ts";
import type { RoomRegistry } from "./room-registry.ts";
import { WsPeer } from "./ws-peer.ts";

type SyncEnv = { Variables: { room: RoomName; personId: string; readOnly: boolean } };

interface SyncRouteDeps {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  registry: RoomRegistry;
  access: RoomAccessPolicy;
  log: Logger;
}

/** `GET /sync/:room` upgrades to a y-websocket connection on that room. */
export function syncRoute({
  upgradeWebSocket,
  registry,
  access,
  log,
}: SyncRouteDeps): Hono<SyncEnv> {
  const route = new Hono<SyncEnv>();
  route.get("/:room", async (c, next) => {
    const parsed = RoomNameSchema.safeParse(c.req.param("room"));
    if (!parsed.success) return c.json({ error: `room: ${formatIssues(parsed.error)}` }, 400);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
      return c.json({ error: "this endpoint only speaks the y-websocket protocol" }, 426);
    }
    const decision = await access(c, parsed.data);
    if ("refuse" in decision) return decision.refuse;
    c.set("room", parsed.data);
    c.set("personId", decision.personId);
    c.set("readOnly", decision.readOnly);
    return next();
  });
  route.get(
    "/:room",
    upgradeWebSocket((c) => {
      const room = c.get("room");
      const readOnly = c.get("readOnly");
      const personId = c.get("personId");
      let peer: WsPeer | null = null;
      return {
        onOpen(_event, ws) {
          const socket = ws.raw;
          if (!socket) return;
          const connected = new WsPeer(socket, { personId, readOnly }, log.child({ room }));
          peer = connected;
          connected.log.info({ personId, readOnly }, "client connected");
          registry.join(room, connected).then(
            (joined) => {
              if (connected.isClosed) registry.leave(joined, connected);
              else {
                connected.attach(joined);
                socket.once("close", () => registry.leave(joined, connected));
              }
            },
            (error: unknown) => {
              connected.log.error({ err: error }, "room failed to load");
              connected.close(CloseCode.internalError, "room failed to load");
            },
          );
        },
        onMessage(event) {
          if (!peer) return;
          if (typeof event.data === "string") {
            peer.refuse(CloseCode.malformedMessage, "text frames are not part of the protocol");
          } else {
            peer.receive(new Uint8Array(event.data as ArrayBuffer));
          }
        },
        onClose(event) {
          peer?.markClosed();
          peer?.log.info({ code: event.code, reason: event.reason }, "client disconnected");
        },
        onError(event) {
          // ws reports an oversized frame here before it closes the socket with 1009.
          const error = "error" in event ? (event.error as Error) : undefined;
          peer?.log.warn({ reason: error?.message }, "websocket error");
        },
      };
    }),
  );
  return route;
}
