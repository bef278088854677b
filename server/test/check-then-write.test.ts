import {
  boardControlRoom,
  type DocumentVersion,
  type Invitation,
  type Meeting,
  type Organisation,
  readLocks,
  type VersionDetail,
} from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBoard, openBoardRoom } from "./helpers/boards.ts";
import type { TestClient } from "./helpers/clients.ts";
import { heldRequest } from "./helpers/held-request.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { createProposal, freeze, INCOMPLETE_REASON } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

/**
 * Each handler checks, awaits (here: a body that arrives late), then writes: what changed
 * meanwhile must be seen by the write, which checks again in the same synchronous step.
 */
let server: TestServer;
let workspace: Workspace;
let pid: string;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  pid = workspace.procedure.id;
});
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const organisations = () =>
  workspace.api.ok<Organisation[]>("GET", `/api/procedures/${pid}/organisations`);

describe("a write whose body arrives after", () => {
  it("its author was revoked is refused (organisation edit)", async () => {
    const coop = await addOrganisation(workspace);
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coop.id);
    const held = await heldRequest(
      server.url,
      "PATCH",
      `/api/procedures/${pid}/organisations/${coop.id}`,
      writer.api.cookieHeader,
      { name: "Cooperativa rinominata" },
    );
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/members/${writer.personId}`);
    expect((await held.finish()).status).toBe(403);
    expect((await organisations()).map((o) => o.name)).toEqual([coop.name]);
  });

  it("its organisation was removed answers 404, not 500 (organisation edit)", async () => {
    const coop = await addOrganisation(workspace);
    const held = await heldRequest(
      server.url,
      "PATCH",
      `/api/procedures/${pid}/organisations/${coop.id}`,
      workspace.api.cookieHeader,
      { name: "Cooperativa rinominata" },
    );
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/organisations/${coop.id}`);
    expect((await held.finish()).status).toBe(404);
    expect(await organisations()).toEqual([]);
  });

  it("its author stopped being a facilitator is refused (invitation)", async () => {
    const second = await invitePerson(workspace, "facilitatore", "Fabio Secondo");
    const held = await heldRequest(
      server.url,
      "POST",
      `/api/procedures/${pid}/invitations`,
      second.api.cookieHeader,
      { role: "facilitatore", singleUse: false },
    );
    await workspace.api.ok("PATCH", `/api/procedures/${pid}/members/${second.personId}`, {
      role: "redattore",
    });
    expect((await held.finish()).status).toBe(403);
    const invitations = await workspace.api.ok<Invitation[]>(
      "GET",
      `/api/procedures/${pid}/invitations`,
    );
    expect(invitations.map((i) => i.createdBy)).not.toContain(second.personId);
  });

  it("its meeting was cancelled answers 404 and brings nothing back (meeting edit)", async () => {
    const meeting = await workspace.api.ok<Meeting>("POST", `/api/procedures/${pid}/meetings`, {
      title: "Primo tavolo",
      date: "2027-01-15T09:30:00.000Z",
    });
    const held = await heldRequest(
      server.url,
      "PATCH",
      `/api/procedures/${pid}/meetings/${meeting.id}`,
      workspace.api.cookieHeader,
      { title: "Primo tavolo, spostato" },
    );
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/meetings/${meeting.id}`);
    expect((await held.finish()).status).toBe(404);
    const audit = await workspace.api.ok<{ action: string }[]>(
      "GET",
      `/api/procedures/${pid}/audit`,
    );
    expect(audit.map((event) => event.action)).not.toContain("meeting.updated");
  });

  it("its author lost the right to freeze is refused (version)", async () => {
    const comune = await workspace.api.ok<Organisation>(
      "POST",
      `/api/procedures/${pid}/organisations`,
      { name: "Comune di Mentana", type: "comune", fiscalCode: "02345678901" },
    );
    const lead = await invitePerson(workspace, "referente", "Sara Neri", comune.id);
    const room = await createProposal(workspace);
    const held = await heldRequest(
      server.url,
      "POST",
      `/api/rooms/${room.id}/versions`,
      lead.api.cookieHeader,
      { label: "Del Comune" },
    );
    await workspace.api.ok("PATCH", `/api/procedures/${pid}/organisations/${comune.id}`, {
      type: "altro_ente",
    });
    expect((await held.finish()).status).toBe(403);
    const list = await workspace.api.ok<{ versions: unknown[] }>(
      "GET",
      `/api/rooms/${room.id}/versions`,
    );
    expect(list.versions).toEqual([]);
  });

  it("its author stopped being a facilitator leaves the board unlocked (board lock)", async () => {
    const board = await createBoard(workspace);
    const second = await invitePerson(workspace, "facilitatore", "Fabio Secondo");
    const held = await heldRequest(
      server.url,
      "POST",
      `/api/boards/${board.id}/lock`,
      second.api.cookieHeader,
      { locked: true },
    );
    await workspace.api.ok("PATCH", `/api/procedures/${pid}/members/${second.personId}`, {
      role: "redattore",
    });
    expect((await held.finish()).status).toBe(403);
    const control = boardControlRoom(board.id);
    const room = await openBoardRoom(server.wsUrl, workspace.api, board.id, control, clients);
    expect(readLocks(room.doc).board).toBe(false);
  });

  it("its author was revoked records no approval (approval round)", async () => {
    const coop = await addOrganisation(workspace);
    const lead = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    const room = await createProposal(workspace);
    const version: DocumentVersion = await freeze(workspace, room.id, {
      label: "Testo finale",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    const held = await heldRequest(
      server.url,
      "POST",
      `/api/versions/${version.id}/approvals`,
      lead.api.cookieHeader,
      { hash: version.hash, decision: "approve" },
    );
    await workspace.api.ok("DELETE", `/api/procedures/${pid}/members/${lead.personId}`);
    expect((await held.finish()).status).toBe(403);
    const detail = await workspace.api.ok<VersionDetail>("GET", `/api/versions/${version.id}`);
    expect(detail.round?.responses).toEqual([]);
  });

  it("its session ended is refused (procedure edit after signing out)", async () => {
    const second = await invitePerson(workspace, "facilitatore", "Fabio Secondo");
    const held = await heldRequest(
      server.url,
      "PATCH",
      `/api/procedures/${pid}`,
      workspace.api.cookieHeader,
      { title: "Titolo da una sessione chiusa" },
    );
    await workspace.api.ok("DELETE", "/api/session");
    expect((await held.finish()).status).toBe(401);
    const detail = await second.api.ok<{ procedure: { title: string } }>(
      "GET",
      `/api/procedures/${pid}`,
    );
    expect(detail.procedure.title).toBe(workspace.procedure.title);
  });
});
