import {
  CloseCode,
  type CommentPerson,
  createThread,
  documentComments,
  documentContent,
  type RefusalRule,
  type RoomToken,
  readThread,
  refusalReason,
  replyToThread,
  resolveThread,
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
let carla: Person;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  coop = (await addOrganisation(workspace)).id;
  anna = await invitePerson(workspace, "referente", "Anna Rossi", coop);
  bruno = await invitePerson(workspace, "redattore", "Bruno Verdi", coop);
  carla = await invitePerson(workspace, "redattore", "Carla Neri", coop);
  roomId = (await workspace.room("Proposta")).id;
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function open(who: Person | Workspace): Promise<TestClient> {
  const { token } = await who.api.ok<RoomToken>("POST", `/api/rooms/${roomId}/token`);
  const client = connectClient(server.wsUrl, roomId, { token });
  clients.push(client);
  await whenSynced(client);
  return client;
}

const person = (who: Person, name: string): CommentPerson => ({
  personId: who.personId,
  name,
  organisationId: coop,
});

function anchor(doc: Y.Doc) {
  const content = documentContent(doc);
  const at = (index: number) =>
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(content, index));
  return { start: at(0), end: at(0) };
}

function newThread(doc: Y.Doc, author: CommentPerson, body: string): string {
  return createThread(doc, {
    anchor: anchor(doc),
    quote: "",
    sectionKey: null,
    author,
    body,
    mentions: [],
  });
}

/** `edit` on `writer` is refused with `updateRefused`; a later legal thread reaches `witness` without it. */
async function expectRefused(
  rule: RefusalRule,
  writer: TestClient,
  witness: TestClient,
  marker: () => Promise<string>,
  edit: () => void,
  seen: () => boolean,
): Promise<void> {
  const closed = nextClose(writer);
  edit();
  expect(await closed).toEqual({ code: CloseCode.updateRefused, reason: refusalReason(rule) });
  const id = await marker();
  await eventually(() => readThread(witness.doc, id) !== null, "a later legal thread arrives");
  expect(seen()).toBe(false);
}

describe("comment threads", () => {
  it("keeps comments and replies to their authors and names the connection's person", async () => {
    const forAnna = await open(anna);
    const threadId = newThread(forAnna.doc, person(anna, "Anna Rossi"), "Serve un indicatore");
    const forBruno = await open(bruno);
    await eventually(() => readThread(forBruno.doc, threadId) !== null, "the thread arrives");
    const annaMarker = async () =>
      newThread((await open(anna)).doc, person(anna, "Anna Rossi"), "ok");

    // Bruno rewrites Anna's comment: refused, not relayed, not stored.
    await expectRefused(
      "not-author",
      forBruno,
      forAnna,
      annaMarker,
      () => {
        const thread = documentComments(forBruno.doc).get(threadId);
        if (thread instanceof Y.Map) thread.set("body", "parole di Bruno");
      },
      () => readThread(forAnna.doc, threadId)?.body !== "Serve un indicatore",
    );
    expect(await storedFilesContain(server.dataDir, "parole di Bruno")).toBe(false);

    // A thread or a reply signed as Anna from Bruno's connection: refused.
    let again = await open(bruno);
    await expectRefused(
      "identity",
      again,
      forAnna,
      annaMarker,
      () => newThread(again.doc, person(anna, "Anna Rossi"), "firmato Anna"),
      () => JSON.stringify(documentComments(forAnna.doc).toJSON()).includes("firmato Anna"),
    );
    again = await open(bruno);
    await expectRefused(
      "identity",
      again,
      forAnna,
      annaMarker,
      () =>
        replyToThread(again.doc, threadId, {
          author: person(anna, "Anna"),
          body: "io",
          mentions: [],
        }),
      () => (readThread(forAnna.doc, threadId)?.replies.length ?? 0) > 0,
    );

    // His own reply arrives; Anna may not delete it.
    again = await open(bruno);
    replyToThread(again.doc, threadId, {
      author: person(bruno, "Bruno Verdi"),
      body: "Fatto",
      mentions: [],
    });
    await eventually(
      () => readThread(forAnna.doc, threadId)?.replies.length === 1,
      "Bruno's reply arrives",
    );
    const brunoMarker = async () =>
      newThread((await open(bruno)).doc, person(bruno, "Bruno Verdi"), "ok");
    const forBrunoNow = await open(bruno);
    await expectRefused(
      "not-author",
      forAnna,
      forBrunoNow,
      brunoMarker,
      () => {
        const thread = documentComments(forAnna.doc).get(threadId);
        const replies = thread instanceof Y.Map ? thread.get("replies") : null;
        if (replies instanceof Y.Array) replies.delete(0, 1);
      },
      () => readThread(forBrunoNow.doc, threadId)?.replies.length !== 1,
    );
  });

  it("lets the people in a thread and facilitators resolve it, no one else", async () => {
    const forAnna = await open(anna);
    const threadId = newThread(forAnna.doc, person(anna, "Anna Rossi"), "Da chiarire");
    const forCarla = await open(carla);
    await eventually(() => readThread(forCarla.doc, threadId) !== null, "the thread arrives");
    const annaMarker = async () =>
      newThread((await open(anna)).doc, person(anna, "Anna Rossi"), "ok");
    await expectRefused(
      "not-author",
      forCarla,
      forAnna,
      annaMarker,
      () => resolveThread(forCarla.doc, threadId, person(carla, "Carla Neri")),
      () => readThread(forAnna.doc, threadId)?.resolution !== null,
    );
    const forAnnaAgain = await open(anna);
    resolveThread(forAnnaAgain.doc, threadId, person(anna, "Anna Rossi"));
    const forBruno = await open(bruno);
    await eventually(
      () => readThread(forBruno.doc, threadId)?.resolution?.resolved === true,
      "the author's resolve arrives",
    );
  });
});
