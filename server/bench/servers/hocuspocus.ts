import path from "node:path";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { Server } from "@hocuspocus/server";

/**
 * Stock Hocuspocus with its SQLite persistence (@hocuspocus/extension-sqlite) and default
 * settings: documents are stored debounced (2 s, at most 10 s), not before each relay.
 */
const dataDir = process.env.DATA_DIR ?? ".";
const server = new Server({
  port: Number(process.env.PORT),
  address: "127.0.0.1",
  quiet: true,
  extensions: [new SQLite({ database: path.join(dataDir, "hocuspocus.sqlite") })],
});
await server.listen();
