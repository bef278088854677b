import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { copyData } from "../../src/migrate/copy-data.ts";
import { dataDirSide, postgresSide } from "../../src/migrate/storage-sides.ts";
import { openPostgres } from "../../src/pg/pool.ts";
import { connectClient, eventually, whenSynced } from "../helpers/clients.ts";
import { startTestServer } from "../helpers/in-process-server.ts";
import { pgTestDb } from "../helpers/pg-test-db.ts";
import { tempDataDir } from "../helpers/server-process.ts";
import { createProposal, firstParagraph, freeze, typeIn } from "../helpers/versions.ts";
import { Workspace } from "../helpers/workspace.ts";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../../..");
const silent = pino({ level: "silent" });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataDir(): Promise<string> {
  const dir = await tempDataDir();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm run migrate -- <direction>`, as an operator runs it; resolves with its exit code and output. */
async function migrate(direction: string, env: Record<string, string>) {
  const command = ["--import", "tsx", "server/src/migrate/migrate-command.ts", direction];
  try {
    const { stdout } = await run(process.execPath, command, {
      cwd: REPO,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

/** An embedded DATA_DIR holding a proposal with typed text and a frozen version. */
async function embeddedWithVersion() {
  const dir = await dataDir();
  const server = await startTestServer({ DATA_DIR: dir });
  const workspace = await Workspace.create(server.url);
  const room = await createProposal(workspace);
  const client = connectClient(server.wsUrl, room.id, await workspace.tokenParams(room.id));
  await whenSynced(client);
  typeIn(client.doc, "Testo concordato al tavolo. ");
  const reader = connectClient(server.wsUrl, room.id, await workspace.tokenParams(room.id));
  await whenSynced(reader);
  await eventually(
    () => firstParagraph(reader.doc).toString().startsWith("Testo concordato"),
    "the edit is stored and relayed",
  );
  const version = await freeze(workspace, room.id, { label: "Bozza 1" });
  for (const c of [client, reader]) c.destroy();
  await server.close();
  const secret = (await readFile(path.join(dir, "secret.key"), "utf8")).trim();
  return { dir, workspace, room, version, secret };
}

/** What a server on `env` serves of the room and the version, through `workspace`'s session. */
async function served(
  env: Record<string, string>,
  workspace: Workspace,
  roomId: string,
  versionId: string,
) {
  const server = await startTestServer(env);
  try {
    // The session cookie the embedded server set, presented to this one.
    const asBefore = (method: string, route: string) =>
      fetch(`${server.url}${route}`, { method, headers: { cookie: workspace.api.cookieHeader } });
    const exported = await asBefore("GET", `/api/versions/${versionId}/export?format=md`);
    const { token } = (await (await asBefore("POST", `/api/rooms/${roomId}/token`)).json()) as {
      token: string;
    };
    const client = connectClient(server.wsUrl, roomId, { token });
    await whenSynced(client);
    const text = firstParagraph(client.doc).toString();
    client.destroy();
    return { exportStatus: exported.status, text };
  } finally {
    await server.close();
  }
}

describe("npm run migrate", () => {
  it("moves a DATA_DIR into PostgreSQL and back, every room and version equal", async () => {
    const { dir, workspace, room, version, secret } = await embeddedWithVersion();
    const db = await pgTestDb();
    cleanups.push(db.drop);

    const there = await migrate("--to-postgres", { DATA_DIR: dir, DATABASE_URL: db.url });
    expect(there.output).toMatch(/1 rooms and 1 versions/);
    expect(there.code).toBe(0);
    // The session cookie still works: the signing key moved too.
    const onPg = await served({ DATABASE_URL: db.url }, workspace, room.id, version.id);
    expect(onPg).toEqual({ exportStatus: 200, text: expect.stringMatching(/^Testo concordato/) });

    const again = await migrate("--to-postgres", { DATA_DIR: dir, DATABASE_URL: db.url });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/PostgreSQL is not empty/);

    const back = await dataDir();
    await rm(back, { recursive: true });
    const home = await migrate("--to-data-dir", { DATA_DIR: back, DATABASE_URL: db.url });
    expect(home.code).toBe(0);
    const onDisk = await served({ DATA_DIR: back }, workspace, room.id, version.id);
    expect(onDisk).toEqual(onPg);
    expect((await readFile(path.join(back, "secret.key"), "utf8")).trim()).toBe(secret);
  });

  it("refuses a copy whose version text no longer gives the version's hash", async () => {
    const { dir, version } = await embeddedWithVersion();
    const text = path.join(dir, "versions", `${version.id}.canonical.json`);
    await writeFile(text, (await readFile(text, "utf8")).replace("concordato", "modificato"));
    const db = await pgTestDb();
    cleanups.push(db.drop);
    const pool = await openPostgres(db.url, silent);
    cleanups.push(() => pool.end());
    await expect(copyData(dataDirSide(dir, silent), postgresSide(pool, silent))).rejects.toThrow(
      `version ${version.id}: its text in ${dir} does not give its hash`,
    );
  });
});
