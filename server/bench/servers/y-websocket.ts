import http from "node:http";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

/**
 * The reference y-websocket server (@y/websocket-server 0.1.1), as its own `server.js` starts
 * it. Its utils read YPERSISTENCE when imported: set, every update goes to y-leveldb.
 */
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("okay");
});
const wss = new WebSocketServer({ noServer: true });
wss.on("connection", setupWSConnection);
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
server.listen(Number(process.env.PORT), "127.0.0.1");
