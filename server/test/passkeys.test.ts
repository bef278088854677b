import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { type AccountView, ApiClient, type SessionPerson } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addPasskey, signInWithPasskey } from "./helpers/passkeys.ts";
import { invitePerson } from "./helpers/people.ts";
import { SoftAuthenticator } from "./helpers/soft-authenticator.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
});
afterEach(() => server.close());

const signInOptions = (api: ApiClient) =>
  api.ok<PublicKeyCredentialRequestOptionsJSON>("POST", "/api/passkeys/sign-in/options");
const registrationOptions = (api: ApiClient) =>
  api.ok<PublicKeyCredentialCreationOptionsJSON>("POST", "/api/account/passkeys/options");

describe("a passkey registered when accepting an invitation", () => {
  it("is the person's way in: they are no longer asked to add one", async () => {
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    expect((await bruno.api.ok<SessionPerson>("GET", "/api/session")).needsPasskey).toBe(true);

    const passkey = await addPasskey(bruno.api, new SoftAuthenticator(), "Telefono");

    expect(passkey).toMatchObject({ name: "Telefono", lastUsedAt: null });
    const account = await bruno.api.ok<AccountView>("GET", "/api/account");
    expect(account.person.needsPasskey).toBe(false);
    expect(account.passkeys.map((p) => p.name)).toEqual(["Telefono"]);
    expect(account.sessions).toMatchObject([{ method: "invitation", current: true }]);
  });

  it("signs the person in on a new device, which then sees their procedure", async () => {
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    const phone = new SoftAuthenticator();
    await addPasskey(bruno.api, phone);

    const laptop = await signInWithPasskey(server.url, phone.copy());

    expect(laptop.person).toMatchObject({ id: bruno.personId, displayName: "Bruno" });
    const procedures = await laptop.api.ok<{ id: string }[]>("GET", "/api/procedures");
    expect(procedures.map((p) => p.id)).toEqual([workspace.procedure.id]);
    const account = await laptop.api.ok<AccountView>("GET", "/api/account");
    expect(account.passkeys[0]?.lastUsedAt).not.toBeNull();
    expect(account.sessions.map((s) => [s.method, s.current]).sort()).toEqual([
      ["invitation", false],
      ["passkey", true],
    ]);
  });

  it("still lets the person in after they signed out", async () => {
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    const device = new SoftAuthenticator();
    await addPasskey(bruno.api, device);
    await bruno.api.ok("DELETE", "/api/session");
    expect((await bruno.api.request("GET", "/api/session")).status).toBe(401);

    const again = await signInWithPasskey(server.url, device);
    expect(again.person.id).toBe(bruno.personId);
  });
});

describe("a passkey answer is refused", () => {
  it("when it answers a challenge the server never issued", async () => {
    const device = new SoftAuthenticator();
    await addPasskey(workspace.api, device);
    const attempt = signInWithPasskey(server.url, device, { challenge: "bm90LWlzc3VlZA" });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
  });

  it("when it was made for another origin or another relying party", async () => {
    const device = new SoftAuthenticator();
    await addPasskey(workspace.api, device);
    for (const tamper of [{ origin: "https://evil.example" }, { rpId: "evil.example" }]) {
      const attempt = signInWithPasskey(server.url, device, tamper);
      await expect(attempt, JSON.stringify(tamper)).rejects.toMatchObject({ status: 400 });
    }
    const registration = new ApiClient(server.url);
    await registration.ok("POST", "/api/session", { displayName: "Carla" });
    const response = new SoftAuthenticator().register(
      await registrationOptions(registration),
      "http://localhost:1",
    );
    const answer = await registration.request("POST", "/api/account/passkeys", {
      name: "x",
      response,
    });
    expect(answer.status).toBe(400);
  });

  it("when the same answer comes a second time (the challenge was used)", async () => {
    const device = new SoftAuthenticator();
    await addPasskey(workspace.api, device);
    const browser = new ApiClient(server.url);
    const response = device.authenticate(await signInOptions(browser), server.url);
    await browser.ok("POST", "/api/passkeys/sign-in", { response });
    const replay = await new ApiClient(server.url).request("POST", "/api/passkeys/sign-in", {
      response,
    });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: expect.stringMatching(/was used/) });
  });

  it("when two requests race with one answer: exactly one signs in", async () => {
    const device = new SoftAuthenticator();
    await addPasskey(workspace.api, device);
    const response = device.authenticate(
      await signInOptions(new ApiClient(server.url)),
      server.url,
    );
    const answers = await Promise.all(
      [1, 2].map(() =>
        new ApiClient(server.url).request("POST", "/api/passkeys/sign-in", { response }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
  });

  it("when a registration challenge is answered from another session", async () => {
    const options = await registrationOptions(workspace.api);
    const other = new ApiClient(server.url);
    await other.ok("POST", "/api/session", { displayName: "Dario" });
    const response = new SoftAuthenticator().register(options, server.url);
    const answer = await other.request("POST", "/api/account/passkeys", { name: "x", response });
    expect(answer.status).toBe(400);
  });

  it("when the passkey was removed", async () => {
    const device = new SoftAuthenticator();
    const first = await addPasskey(workspace.api, device, "Primo");
    await addPasskey(workspace.api, new SoftAuthenticator(), "Secondo");
    await workspace.api.ok("DELETE", `/api/account/passkeys/${first.id}`);
    await expect(signInWithPasskey(server.url, device)).rejects.toMatchObject({ status: 401 });
  });

  it("when the body is not a WebAuthn response", async () => {
    const answer = await new ApiClient(server.url).request("POST", "/api/passkeys/sign-in", {
      response: { id: "x", rawId: "x", type: "public-key", response: {} },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: expect.stringContaining("response.response") });
  });
});

describe("managing passkeys", () => {
  it("renames them, and removes one only while another way in remains", async () => {
    const only = await addPasskey(workspace.api, new SoftAuthenticator(), "Portatile");
    const refused = await workspace.api.request("DELETE", `/api/account/passkeys/${only.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: expect.stringMatching(/only way to sign in/) });

    const spare = await addPasskey(workspace.api, new SoftAuthenticator(), "Chiavetta");
    await workspace.api.ok("PATCH", `/api/account/passkeys/${spare.id}`, { name: "Chiavetta USB" });
    await workspace.api.ok("DELETE", `/api/account/passkeys/${only.id}`);
    const account = await workspace.api.ok<AccountView>("GET", "/api/account");
    expect(account.passkeys.map((p) => p.name)).toEqual(["Chiavetta USB"]);
  });

  it("touches nobody else's passkeys", async () => {
    const mine = await addPasskey(workspace.api, new SoftAuthenticator());
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    const path = `/api/account/passkeys/${mine.id}`;
    expect((await bruno.api.request("PATCH", path, { name: "mio" })).status).toBe(404);
    expect((await bruno.api.request("DELETE", path)).status).toBe(404);
  });
});
