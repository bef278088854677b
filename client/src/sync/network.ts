import type { WebsocketProvider } from "y-websocket";

/** Whether the browser says it has a network (false is reliable; true may still be no internet). */
export function isOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine;
}

/** Calls `listener` when the browser goes offline or comes back online; returns the unsubscribe. */
export function onNetworkChange(listener: (online: boolean) => void): () => void {
  const online = () => listener(true);
  const offline = () => listener(false);
  window.addEventListener("online", online);
  window.addEventListener("offline", offline);
  return () => {
    window.removeEventListener("online", online);
    window.removeEventListener("offline", offline);
  };
}

/**
 * Follows the browser's network with the provider. Going offline, the open socket is dropped at
 * once: the browser often keeps a dead socket open, and y-websocket would only notice after 30 s
 * without messages, all the while showing "connected". Coming back, it connects now instead of
 * at the end of its backoff. A room refused for good (`shouldConnect` false) stays closed.
 */
export function reconnectWithNetwork(provider: WebsocketProvider): () => void {
  return onNetworkChange((online) => {
    if (!provider.shouldConnect || (online && provider.wsconnected)) return;
    provider.disconnect();
    provider.connect();
  });
}
