import type { DocumentVersion, Organisation } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { createProposal, freeze } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let coop: Organisation;
let orgPath: string;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  coop = await addOrganisation(workspace);
  orgPath = `/api/procedures/${workspace.procedure.id}/organisations/${coop.id}`;
});
afterEach(() => server.close());

describe("an organisation's type and partner role", () => {
  it("cannot be changed by the organisation's own redattore or referente (403)", async () => {
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coop.id);
    const lead = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    for (const person of [writer, lead]) {
      const asComune = await person.api.request("PATCH", orgPath, { type: "comune" });
      expect(asComune.status).toBe(403);
      expect((asComune.body as { error: string }).error).toMatch(/^type: only a facilitator/);
      const asLead = await person.api.request("PATCH", orgPath, { role: "capofila" });
      expect(asLead.status).toBe(403);
    }
    const stored = await workspace.api.ok<Organisation[]>(
      "GET",
      `/api/procedures/${workspace.procedure.id}/organisations`,
    );
    expect(stored.map((o) => [o.type, o.role])).toEqual([["cooperativa_sociale", "partner"]]);
  });

  it("may be sent unchanged with the other fields, as the edit form does", async () => {
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coop.id);
    const resources = [{ id: "r1", kind: "immobile", description: "Sala riunioni, 40 mq" }];
    const saved = await writer.api.request("PATCH", orgPath, {
      name: coop.name,
      type: coop.type,
      role: coop.role,
      fiscalCode: coop.fiscalCode,
      resources,
    });
    expect(saved.status).toBe(200);
    expect((saved.body as Organisation).resources).toHaveLength(1);
  });

  it("are changed by a facilitator", async () => {
    const changed = await workspace.api.ok<Organisation>("PATCH", orgPath, {
      type: "comune",
      role: "capofila",
    });
    expect([changed.type, changed.role]).toEqual(["comune", "capofila"]);
  });
});

describe("freezing and restoring versions", () => {
  it("stay closed to the referente of an organisation that tried to call itself comune", async () => {
    const room = await createProposal(workspace);
    const version = await freeze(workspace, room.id, { label: "Prima stesura" });
    const writer = await invitePerson(workspace, "redattore", "Rita Verdi", coop.id);
    const lead = await invitePerson(workspace, "referente", "Marco Bianchi", coop.id);
    await writer.api.request("PATCH", orgPath, { type: "comune" });

    const frozen = await lead.api.request("POST", `/api/rooms/${room.id}/versions`, {
      label: "Mia",
    });
    expect(frozen.status).toBe(403);
    const restored = await lead.api.request("POST", `/api/versions/${version.id}/restore`);
    expect(restored.status).toBe(403);

    // The right comes from the facilitator's act, and only from it.
    await workspace.api.ok("PATCH", orgPath, { type: "comune" });
    const allowed = await lead.api.ok<DocumentVersion>("POST", `/api/rooms/${room.id}/versions`, {
      label: "Del Comune",
    });
    expect(allowed.authorName).toBe("Marco Bianchi");
  });
});
