import { readdir } from "node:fs/promises";
import path from "node:path";
import { BOARD_IMAGE_MAX_BYTES, type WorkspaceRoom } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBoard } from "./helpers/boards.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation, invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

/** The smallest valid PNG: one transparent pixel. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let server: TestServer;
let workspace: Workspace;
let board: WorkspaceRoom;

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
  board = await createBoard(workspace);
});
afterEach(async () => {
  await server.close();
});

const imagesPath = () => `/api/procedures/${workspace.procedure.id}/boards/${board.id}/images`;

function upload(cookie: string, bytes: Uint8Array, type = "image/png") {
  return fetch(`${server.url}${imagesPath()}`, {
    method: "POST",
    headers: { cookie, "content-type": type },
    body: new Blob([new Uint8Array(bytes)]),
  });
}

describe("board photos", () => {
  it("are stored once under the data folder and served to members, cached for good", async () => {
    const first = await upload(workspace.api.cookieHeader, PNG);
    expect(first.status).toBe(201);
    const { hash, type } = (await first.json()) as { hash: string; type: string };
    expect(type).toBe("image/png");
    expect((await upload(workspace.api.cookieHeader, PNG)).status).toBe(201);
    const stored = await readdir(path.join(server.dataDir, "board-images", board.id));
    expect(stored).toEqual([`${hash}.png`]);

    const organisationId = (await addOrganisation(workspace)).id;
    const anna = await invitePerson(workspace, "referente", "Anna Rossi", organisationId);
    const served = await fetch(`${server.url}${imagesPath()}/${hash}`, {
      headers: { cookie: anna.api.cookieHeader },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it("are refused to someone outside the board's procedure, both ways", async () => {
    const { hash } = (await (await upload(workspace.api.cookieHeader, PNG)).json()) as {
      hash: string;
    };
    const stranger = await Workspace.create(server.url, "Estranea");
    const read = await fetch(`${server.url}${imagesPath()}/${hash}`, {
      headers: { cookie: stranger.api.cookieHeader },
    });
    expect(read.status).toBe(403);
    expect((await upload(stranger.api.cookieHeader, PNG)).status).toBe(403);
    const anonymous = await fetch(`${server.url}${imagesPath()}/${hash}`);
    expect(anonymous.status).toBe(401);
  });

  it("refuse what is not a PNG, JPEG or WebP, whatever the header says", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const refused = await upload(workspace.api.cookieHeader, svg, "image/png");
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: string }).error).toMatch(/PNG, JPEG e?/);
    const asText = await upload(workspace.api.cookieHeader, PNG, "text/plain");
    expect(asText.status).toBe(415);
  });

  it("refuse a photo over 5 MB before storing anything", async () => {
    const big = new Uint8Array(BOARD_IMAGE_MAX_BYTES + 1);
    big.set(PNG);
    const refused = await upload(workspace.api.cookieHeader, big);
    expect(refused.status).toBe(413);
    const folder = path.join(server.dataDir, "board-images", board.id);
    expect(await readdir(folder).catch(() => [])).toEqual([]);
  });
});
