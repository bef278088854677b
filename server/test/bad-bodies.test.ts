import type { Invitation } from "@tavolo/shared";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let routes: Array<[string, string, unknown, RegExp]>;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  const pid = workspace.procedure.id;
  const org = await addOrganisation(workspace);
  const invitation = await workspace.api.ok<Invitation>(
    "POST",
    `/api/procedures/${pid}/invitations`,
    {
      role: "redattore",
    },
  );
  const p = `/api/procedures/${pid}`;
  routes = [
    ["POST", "/api/session", { displayName: "" }, /^displayName: /],
    ["POST", "/api/procedures", { title: "x" }, /^title: .*; amministrazione: /],
    ["PATCH", p, {}, /nothing to update/],
    ["PATCH", p, { title: 42 }, /^title: /],
    ["POST", `${p}/phase`, { phase: "finita" }, /^phase: /],
    [
      "POST",
      `${p}/organisations`,
      { name: "Coop", type: "spa", fiscalCode: "123" },
      /type: .*fiscalCode: /,
    ],
    [
      "PATCH",
      `${p}/organisations/${org.id}`,
      { resources: [{ id: "r", kind: "immobile", description: "casa", amountCents: -5 }] },
      /^resources\.0\.amountCents: /,
    ],
    ["POST", `${p}/invitations`, { role: "capo" }, /^role: /],
    ["POST", `${p}/meetings`, { title: "Incontro", date: "domani" }, /^date: /],
    ["POST", `${p}/rooms`, { kind: "foglio", title: "T" }, /^kind: /],
    ["PATCH", `${p}/members/${org.id}`, { role: "redattore" }, /^member: not found/],
    ["POST", `/api/invitations/${invitation.token}/accept`, { displayName: 5 }, /^displayName: /],
    ["GET", "/api/procedures/..%2Fsecret", undefined, /^pid: not a valid id/],
  ];
});
afterEach(() => undefined);

describe("malformed input on every route", () => {
  it("is answered with 400 (or 404 for unknown ids) and a 'field: message' error", async () => {
    for (const [method, path, body, error] of routes) {
      const response = await workspace.api.request(method, path, body);
      expect([400, 404], `${method} ${path}`).toContain(response.status);
      expect((response.body as { error: string }).error, `${method} ${path}`).toMatch(error);
    }
  });

  it("answers a body that is not JSON with 400", async () => {
    const response = await workspace.api.request("POST", "/api/procedures", "{not json");
    expect(response).toMatchObject({ status: 400, body: { error: "body: must be a JSON object" } });
    await server.close();
  });
});
