import type { VersionDiff } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { createProposal, freeze, serverHasDraftOf, typeIn } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let client: TestClient;
let roomId: string;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  roomId = (await createProposal(workspace)).id;
  client = connectClient(server.wsUrl, roomId, await workspace.tokenParams(roomId));
  await whenSynced(client);
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

/** `count` lines typed as one paste (line breaks inside the first paragraph). */
async function paste(count: number, word: string): Promise<void> {
  const text = Array.from({ length: count }, (_, i) => `Riga ${i} ${word}`).join("\n");
  typeIn(client.doc, `${text}\n`);
  await serverHasDraftOf(workspace, roomId, client.doc);
}

describe("comparing long versions", () => {
  it("compares a 3,000-line change and refuses a draft over the cap with a clear 413", async () => {
    await paste(3000, "prima");
    const first = await freeze(workspace, roomId, { label: "Uno" });
    await paste(3000, "dopo");
    const second = await freeze(workspace, roomId, { label: "Due" });
    const diff = await workspace.api.ok<VersionDiff>(
      "GET",
      `/api/versions/${first.id}/diff?to=${second.id}`,
    );
    const added = diff.sections.flatMap((s) => s.lines).filter((l) => l.kind === "added");
    expect(added).toHaveLength(3000);
    expect(added[0]?.text).toBe("Riga 0 dopo");

    await paste(15_000, "troppo");
    const response = await workspace.api.request("GET", `/api/versions/${first.id}/diff`);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: expect.stringMatching(/^to: too long to compare \(21\d{3} lines.*at most 20000 lines/),
    });
  });
});
