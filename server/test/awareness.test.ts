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

const names = (client: TestClient) =>
  [...client.provider.awareness.getStates().values()]
    .map((state) => (state.user as { name?: string } | undefined)?.name)
    .filter(Boolean)
    .sort();

describe("presence (awareness)", () => {
  it("appears for others and disappears when its client disconnects", async () => {
    const anna = join();
    const bruno = join();
    clients.push(anna, bruno);
    await Promise.all([whenSynced(anna), whenSynced(bruno)]);

    anna.provider.awareness.setLocalStateField("user", { name: "Anna", color: "#06c" });
    bruno.provider.awareness.setLocalStateField("user", { name: "Bruno", color: "#c60" });
    await eventually(() => names(anna).length === 2 && names(bruno).length === 2, "both present");
    expect(names(bruno)).toEqual(["Anna", "Bruno"]);

    // A third client joining later is told who is already there.
    const carla = join();
    clients.push(carla);
    await eventually(() => names(carla).length === 2, "carla sees anna and bruno");

    anna.provider.disconnect();
    await eventually(() => names(bruno).length === 1, "anna gone for bruno");
    expect(names(bruno)).toEqual(["Bruno"]);
    await eventually(() => names(carla).length === 1, "anna gone for carla");
  });

  it("is removed by the server when a client vanishes without saying goodbye", async () => {
    const anna = join();
    const bruno = join();
    clients.push(bruno);
    await Promise.all([whenSynced(anna), whenSynced(bruno)]);
    anna.provider.awareness.setLocalStateField("user", { name: "Anna", color: "#06c" });
    await eventually(() => names(bruno).includes("Anna"), "anna visible");

    // Terminate the socket: no awareness removal message is sent by the client.
    anna.provider.shouldConnect = false;
    (anna.provider.ws as unknown as { terminate(): void }).terminate();
    await eventually(() => !names(bruno).includes("Anna"), "server removed anna's presence");
    anna.doc.destroy();
  });
});
