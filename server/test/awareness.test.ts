import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let room: ProvisionedRoom;
const clients: TestClient[] = [];
const join = () => connectClient(server.wsUrl, room.id, room.params);

beforeEach(async () => {
  server = await startTestServer();
  room = await (await Workspace.create(server.url)).room();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/**
 * Whose presence each client sees, by colour: the server writes the connection's own name into
 * every state (these clients all connect as the same person), so the colour tells them apart.
 */
const ANNA = "#06c";
const BRUNO = "#c60";
const names = (client: TestClient) =>
  [...client.provider.awareness.getStates().values()]
    .map((state) => (state.user as { color?: string } | undefined)?.color)
    .filter(Boolean)
    .sort();

describe("presence (awareness)", () => {
  it("appears for others and disappears when its client disconnects", async () => {
    const anna = join();
    const bruno = join();
    clients.push(anna, bruno);
    // The server shows each connection's own person, whatever name a state claims.
    await Promise.all([whenSynced(anna), whenSynced(bruno)]);

    anna.provider.awareness.setLocalStateField("user", { name: "Anna", color: "#06c" });
    bruno.provider.awareness.setLocalStateField("user", { name: "Bruno", color: "#c60" });
    await eventually(() => names(anna).length === 2 && names(bruno).length === 2, "both present");
    expect(names(bruno)).toEqual([ANNA, BRUNO]);

    // A third client joining later is told who is already there.
    const carla = join();
    clients.push(carla);
    await eventually(() => names(carla).length === 2, "carla sees anna and bruno");

    anna.provider.disconnect();
    await eventually(() => names(bruno).length === 1, "anna gone for bruno");
    expect(names(bruno)).toEqual([BRUNO]);
    await eventually(() => names(carla).length === 1, "anna gone for carla");
  });

  it("is removed by the server when a client vanishes without saying goodbye", async () => {
    const anna = join();
    const bruno = join();
    clients.push(bruno);
    await Promise.all([whenSynced(anna), whenSynced(bruno)]);
    anna.provider.awareness.setLocalStateField("user", { name: "Anna", color: "#06c" });
    await eventually(() => names(bruno).includes(ANNA), "anna visible");

    // Terminate the socket: no awareness removal message is sent by the client.
    anna.provider.shouldConnect = false;
    (anna.provider.ws as unknown as { terminate(): void }).terminate();
    await eventually(() => !names(bruno).includes(ANNA), "server removed anna's presence");
    anna.doc.destroy();
  });
});
