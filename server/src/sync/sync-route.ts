import type { HttpBindings } from "@hono/node-server";
import { CloseCode, formatIssues, type RoomName, RoomNameSchema } from "@tavolo/shared";
import { Hono } from "hono";
import type { UpgradeWebSocket } from "hono/ws";
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import { Heartbeat } from "./heartbeat.ts";
import type { RoomAccessPolicy } from "./room-access.ts";
import type { RoomRegistry } from "./room-registry.ts";
import type { SessionPeers } from "./session-peers.ts";
import { WsPeer } from "./ws-peer.ts";

type SyncEnv = {
  Bindings: HttpBindings;
  Variables: { room: RoomName; personId: string; readOnly: boolean; sessionId: string | null };
};

interface SyncRouteDeps {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  registry: RoomRegistry;
  access: RoomAccessPolicy;
  /** The connections each browser session opened, closed when it signs out. */
  sessions: SessionPeers;
  /** Milliseconds between pings; a socket that misses one is dropped at the next. */
  heartbeatMs: number;
  log: Logger;
}

/** `GET /sync/:room` upgrades to a y-websocket connection on that room. */
export function syncRoute({
  upgradeWebSocket,
  registry,
  access,
  sessions,
  heartbeatMs,
  log,
}: SyncRouteDeps): Hono<SyncEnv> {
  const route = new Hono<SyncEnv>();
  const heartbeat = new Heartbeat(heartbeatMs);
  /** Records a cookie connection under its session; false if that session has ended since. */
  const recordSession = (sessionId: string | null, peer: WsPeer, socket: WebSocket): boolean => {
    if (sessionId === null) return true;
    if (!sessions.add(sessionId, peer)) return false;
    socket.once("close", () => sessions.remove(sessionId, peer));
    return true;
  };
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
    c.set("sessionId", decision.sessionId);
    return next();
  });
  route.get(
    "/:room",
    upgradeWebSocket((c) => {
      const room = c.get("room");
      const readOnly = c.get("readOnly");
      const personId = c.get("personId");
      const sessionId = c.get("sessionId");
      // The upgraded connection: ws reads and writes it, and so does WsPeer.send (ws-frame.ts).
      const stream = c.env.incoming.socket;
      let peer: WsPeer | null = null;
      return {
        onOpen(_event, ws) {
          const socket = ws.raw;
          if (!socket) return;
          const connected = new WsPeer(socket, stream, { personId, readOnly }, log.child({ room }));
          peer = connected;
          connected.log.info({ personId, readOnly }, "client connected");
          if (!recordSession(sessionId, connected, socket)) {
            connected.close(CloseCode.unauthorized, "signed out");
            return;
          }
          heartbeat.watch(socket, () =>
            connected.log.info("no answer to ping: connection dropped"),
          );
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
