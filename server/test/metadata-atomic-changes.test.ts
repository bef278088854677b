import type { Member } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
});
afterEach(() => server.close());

/**
 * A change is visible only once durable, so a check made before `db.change` does not see a
 * change still being written: the checks an invariant rests on run inside the change.
 */
describe("changes made at the same moment", () => {
  it("never leave a procedure without a facilitator", async () => {
    const members = `/api/procedures/${workspace.procedure.id}/members`;
    const second = await invitePerson(workspace, "facilitatore", "Marco Bianchi");
    const listed = await workspace.api.ok<Member[]>("GET", members);
    const facilitators = listed.filter((m) => m.role === "facilitatore").map((m) => m.personId);
    expect(facilitators).toHaveLength(2);

    const answers = await Promise.all(
      facilitators.map((personId) =>
        second.api.request("PATCH", `${members}/${personId}`, { role: "redattore" }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const after = await workspace.api.ok<Member[]>("GET", members);
    const left = after.filter((m) => m.role === "facilitatore");
    expect(left).toHaveLength(1);
  });
});
