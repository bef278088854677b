import { SYNC_PATH } from "@tavolo/shared";

/** The websocket base URL of the server that served this page: `ws(s)://<host>/sync`. */
export function syncServerUrl(location: Pick<Location, "protocol" | "host"> = window.location) {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${SYNC_PATH}`;
}
