import type pg from "pg";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  killRedisConnection,
  pgTestDb,
  redisTestPrefix,
  TEST_REDIS_URL,
} from "../../test/helpers/pg-test-db.ts";
import { openPostgres } from "../pg/pool.ts";
import { PgDocStore } from "../storage/pg-doc-store.ts";
import type { Peer } from "../sync/peer.ts";
import { RoomRegistry } from "../sync/room-registry.ts";
import { RedisBus } from "./redis-bus.ts";
import { RoomRelay } from "./room-relay.ts";

const silent = pino({ level: "silent" });
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two instances' registries in this process, on one schema and one channel prefix. */
async function twoInstances() {
  const db = await pgTestDb();
  cleanups.push(db.drop);
  const pool: pg.Pool = await openPostgres(db.url, silent);
  cleanups.push(() => pool.end());
  const prefix = redisTestPrefix();
  const catalog = { roomLoaded: async () => undefined, roomStored: async () => undefined };
  const instance = async () => {
    const bus = await RedisBus.connect(TEST_REDIS_URL, prefix, silent);
    const store = new PgDocStore(pool);
    const registry = new RoomRegistry(store, catalog, silent, {
      compactAfterUpdates: 1000,
      relay: new RoomRelay(bus, store, silent),
    });
    cleanups.push(
      () => bus.close(),
      () => registry.closeAll(),
    );
    return { bus, registry };
  };
  return [await instance(), await instance()] as const;
}

const peer = (id: string): Peer => ({
  id,
  personId: id,
  readOnly: false,
  send: () => undefined,
  close: () => undefined,
});

function typed(text: string, doc = new Y.Doc()): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText("t").insert(doc.getText("t").length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("RoomRelay", () => {
  it("hands an update stored by one instance to the other's open room", async () => {
    const [a, b] = await twoInstances();
    const roomA = await a.registry.join("shared", peer("a"));
    const roomB = await b.registry.join("shared", peer("b"));
    roomA.receive(peer("a"), { kind: "update", update: typed("ciao") });
    await eventually(() => roomB.doc.getText("t").toString() === "ciao", "B holds the edit");
  });

  it("catches up from the database when Redis comes back after an outage", async () => {
    const [a, b] = await twoInstances();
    const writer = peer("a");
    const roomA = await a.registry.join("shared", writer);
    const roomB = await b.registry.join("shared", peer("b"));
    const client = new Y.Doc();
    roomA.receive(writer, { kind: "update", update: typed("prima ", client) });
    await eventually(() => roomB.doc.getText("t").toString() === "prima ", "B holds the first");

    const back = new Promise<void>((resolve) => b.bus.onReconnect(resolve));
    await killRedisConnection(`tavolo-${b.bus.instanceId}-sub`);
    roomA.receive(writer, { kind: "update", update: typed("durante", client) });
    await back;
    await eventually(
      () => roomB.doc.getText("t").toString() === "prima durante",
      "B holds the edit stored while it could not hear",
    );
    expect(roomB.state).toBe("open");
  });
});
