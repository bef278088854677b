import { HocuspocusProvider } from "@hocuspocus/provider";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { FullClient } from "../targets/target.ts";

const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

/** The stock y-websocket client (what Tavolo and @y/websocket-server document). */
export function yWebsocketClient(
  serverUrl: string,
  room: string,
  params: Record<string, string>,
): FullClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: NodeWebSocket,
    // Clients in one process must not bypass the server over BroadcastChannel.
    disableBc: true,
    params,
    maxBackoffTime: 200,
  });
  provider.awareness.setLocalState(null);
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on("sync", (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    synced,
    connect: () => provider.connect(),
    disconnect: () => provider.disconnect(),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The stock Hocuspocus client, one websocket per provider. */
export function hocuspocusClient(url: string, room: string): FullClient {
  const doc = new Y.Doc();
  // Websocket options travel through the provider's configuration to the socket it creates;
  // the typings only list them on HocuspocusProviderWebsocket, hence the separate object.
  const configuration = {
    url,
    name: room,
    document: doc,
    token: "",
    WebSocketPolyfill: NodeWebSocket,
  };
  const provider = new HocuspocusProvider(configuration);
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on("synced", () => resolve());
  });
  return {
    doc,
    synced,
    connect: () => void provider.connect(),
    disconnect: () => provider.disconnect(),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
