import { rm } from "node:fs/promises";
import { ApiClient, type InstanceInfo, type Procedure } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "./helpers/clients.ts";
import { type ServerProcess, spawnServer, tempDataDir } from "./helpers/server-process.ts";

const started: ServerProcess[] = [];
afterEach(async () => {
  const stopped = started.splice(0);
  for (const server of stopped) server.child.kill("SIGKILL");
  await Promise.all(stopped.map((server) => server.exited));
  for (const dir of new Set(stopped.map((s) => s.dataDir)))
    await rm(dir, { recursive: true, force: true });
});

/** Starts `npm start`'s server with the default sign-up policy; resolves with its printed link. */
async function start(dataDir: string): Promise<{ server: ServerProcess; link: string | null }> {
  const server = await spawnServer({ dataDir, env: { SIGNUP_POLICY: "invited" } });
  started.push(server);
  const instance = await new ApiClient(server.url).ok<InstanceInfo>("GET", "/api/instance");
  if (!instance.awaitingAdministrator) return { server, link: null };
  let link: string | null = null;
  await eventually(() => {
    const line = server.logs.find((entry) => typeof entry.bootstrapUrl === "string");
    link = (line?.bootstrapUrl as string | undefined) ?? null;
    return link !== null;
  }, "the first-start link is printed");
  return { server, link };
}

/** Two spawned servers, one after the other: about 20 s each on a loaded 2-core machine. */
const SPAWNS_TWO = { timeout: 120_000 };

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}

const use = (server: ServerProcess, link: string, api = new ApiClient(server.url)) =>
  api.request("POST", `/api/sign-in-links/${link.split("/").pop()}/use`);

describe("the first start", () => {
  it("prints a one-time administrator link that signs in as administrator", async () => {
    const { server, link } = await start(await tempDataDir());
    expect(link).toMatch(new RegExp(`^${server.url}/accesso/[A-Za-z0-9_-]{43}$`));
    const admin = new ApiClient(server.url);
    const used = await use(server, link ?? "", admin);
    expect(used.body).toMatchObject({ method: "bootstrap", displayName: "Amministratore" });
    expect(await admin.ok("GET", "/api/session")).toMatchObject({ isAdmin: true });
    await admin.ok<Procedure>("POST", "/api/procedures", {
      title: "Prima procedura",
      amministrazione: "Comune di Pero",
    });
    expect((await use(server, link ?? "")).status).toBe(410);
    expect(await admin.ok("GET", "/api/instance")).toMatchObject({ awaitingAdministrator: false });
  });

  it("is re-issued at each restart before use, the earlier link dying", SPAWNS_TWO, async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await stop(first.server);
    const second = await start(dataDir);
    expect(second.link).not.toBe(first.link);
    expect((await use(second.server, first.link ?? "")).status).toBe(404);
    expect((await use(second.server, second.link ?? "")).status).toBe(200);
  });

  it("is no longer printed once the administrator has signed in", SPAWNS_TWO, async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    expect((await use(first.server, first.link ?? "")).status).toBe(200);
    await stop(first.server);
    const second = await start(dataDir);
    expect(second.link).toBeNull();
    expect(second.server.logs.some((entry) => "bootstrapUrl" in entry)).toBe(false);
  });
});
