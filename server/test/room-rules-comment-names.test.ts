import {
  CloseCode,
  createThread,
  documentContent,
  type RoomToken,
  readThread,
  refusalReason,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { nextClose, storedFilesContain } from "./helpers/room-rules.ts";
import { Workspace } from "./helpers/workspace.ts";

type Person = Awaited<ReturnType<typeof invitePerson>>;

let server: TestServer;
let workspace: Workspace;
let roomId: string;
let coop: string;
let anna: Person;
let bruno: Person;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  coop = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", coop);
  bruno = await invitePerson(workspace, "redattore", "Bruno Verdi", coop);
  roomId = (await workspace.room("Proposta")).id;
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function open(who: Person): Promise<TestClient> {
  const { token } = await who.api.ok<RoomToken>("POST", `/api/rooms/${roomId}/token`);
  const client = connectClient(server.wsUrl, roomId, { token });
  clients.push(client);
  await whenSynced(client);
  return client;
}

function thread(doc: Y.Doc, who: Person, name: string, body: string): string {
  const at = Y.encodeRelativePosition(
    Y.createRelativePositionFromTypeIndex(documentContent(doc), 0),
  );
  return createThread(doc, {
    anchor: { start: at, end: at },
    quote: "",
    sectionKey: null,
    author: { personId: who.personId, name, organisationId: coop },
    body,
    mentions: [],
  });
}

describe("the name on a comment", () => {
  it("is the connection's person's: a comment under the facilitator's name is refused", async () => {
    const witness = await open(bruno);
    const writer = await open(anna);
    const closed = nextClose(writer);
    const disguised = thread(writer.doc, anna, "Giulia Rossi", "Lo dice la facilitatrice");
    expect(await closed).toEqual({
      code: CloseCode.updateRefused,
      reason: refusalReason("identity"),
    });
    const honest = thread((await open(anna)).doc, anna, "Anna Rossi", "Lo dico io");
    await eventually(() => readThread(witness.doc, honest) !== null, "the honest comment arrives");
    expect(readThread(witness.doc, disguised)).toBeNull();
    expect(await storedFilesContain(server.dataDir, "Lo dice la facilitatrice")).toBe(false);
  });
});
