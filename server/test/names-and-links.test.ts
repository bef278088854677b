import { ApiClient, type Meeting, type Organisation } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
});
afterAll(() => server.close());

const meetings = () => `/api/procedures/${workspace.procedure.id}/meetings`;
const meeting = (link: string) => ({
  title: "Seduta di avvio",
  date: "2026-03-03T17:30:00+01:00",
  link,
});

describe("names people give", () => {
  it("of only zero-width characters are refused, at sign-in and everywhere else", async () => {
    const stranger = new ApiClient(server.url);
    const signIn = await stranger.request("POST", "/api/session", {
      displayName: "\u200B\u200C\u200D\u2060",
    });
    expect(signIn).toEqual({ status: 400, body: { error: "displayName: must not be empty" } });
    const organisation = await workspace.api.request(
      "POST",
      `/api/procedures/${workspace.procedure.id}/organisations`,
      { name: "\u200B\u200B\u200B", type: "associazione", fiscalCode: "12345678901" },
    );
    expect(organisation).toEqual({ status: 400, body: { error: "name: must not be empty" } });
  });

  it("are stored normalised: no invisible joiner to pass for someone else", async () => {
    const lookalike = new ApiClient(server.url);
    await lookalike.ok("POST", "/api/session", { displayName: "Facilitatore\u200D" });
    const me = await lookalike.ok<{ displayName: string }>("GET", "/api/session");
    expect(me.displayName).toBe("Facilitatore");
    const organisation = await workspace.api.ok<Organisation>(
      "POST",
      `/api/procedures/${workspace.procedure.id}/organisations`,
      {
        name: " Cooperativa\u00A0 Il Ponte\u200B",
        type: "associazione",
        fiscalCode: "12345678901",
      },
    );
    expect(organisation.name).toBe("Cooperativa Il Ponte");
  });
});

describe("meeting links", () => {
  it("refuse javascript: and every scheme but http and https", async () => {
    for (const link of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"]) {
      const answer = await workspace.api.request("POST", meetings(), meeting(link));
      expect(answer, link).toEqual({
        status: 400,
        body: { error: "link: must be an http or https URL" },
      });
    }
    const created = await workspace.api.ok<Meeting>("POST", meetings(), meeting(""));
    const edit = await workspace.api.request("PATCH", `${meetings()}/${created.id}`, {
      link: "javascript:alert(document.cookie)",
    });
    expect(edit.status).toBe(400);
  });

  it("accept an https link", async () => {
    const link = "https://meet.comune.pero.mi.it/seduta-1";
    const created = await workspace.api.ok<Meeting>("POST", meetings(), meeting(link));
    expect(created.link).toBe(link);
  });
});
