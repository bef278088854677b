import path from "node:path";
import { hocuspocusClient, yWebsocketClient } from "../clients/full-client.ts";
import { hocuspocusWire, yWebsocketWire } from "../clients/wire.ts";
import { spawnServer } from "./server-process.ts";
import type { RoomRef, Target } from "./target.ts";

const SERVERS = path.resolve(import.meta.dirname, "../servers");
const roomNames = (count: number) => Array.from({ length: count }, (_, i) => `bench-${i}`);

/** Hocuspocus 4 with @hocuspocus/extension-sqlite, driven by @hocuspocus/provider. */
export const hocuspocus: Target = {
  name: "hocuspocus",
  persistence: "SQLite (@hocuspocus/extension-sqlite), stored debounced 2-10 s after changes",
  async start(options) {
    const server = await spawnServer({
      entry: path.join(SERVERS, "hocuspocus.ts"),
      port: options.port,
      cpuProfDir: options.cpuProfDir,
      env: { DATA_DIR: options.dataDir, ...options.env },
    });
    const url = `ws://127.0.0.1:${server.port}`;
    const ref = (name: string): RoomRef => ({ name, url, token: "", wire: hocuspocusWire });
    return {
      server,
      dataDir: options.dataDir,
      rooms: async (count) => roomNames(count).map(ref),
      fullClient: (room) => hocuspocusClient(url, room.name),
    };
  },
};

/** The reference @y/websocket-server 0.1.1 with its y-leveldb persistence (YPERSISTENCE). */
export const yWebsocket: Target = {
  name: "y-websocket",
  persistence: "LevelDB (y-leveldb via YPERSISTENCE), each update written, not fsynced",
  async start(options) {
    const server = await spawnServer({
      entry: path.join(SERVERS, "y-websocket.ts"),
      port: options.port,
      cpuProfDir: options.cpuProfDir,
      env: { YPERSISTENCE: path.join(options.dataDir, "leveldb"), ...options.env },
    });
    const url = `ws://127.0.0.1:${server.port}`;
    const ref = (name: string): RoomRef => ({
      name,
      url: `${url}/${name}`,
      token: "",
      wire: yWebsocketWire,
    });
    return {
      server,
      dataDir: options.dataDir,
      rooms: async (count) => roomNames(count).map(ref),
      fullClient: (room) => yWebsocketClient(url, room.name, {}),
    };
  },
};
