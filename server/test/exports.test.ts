import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentVersion, WorkspaceRoom } from "@tavolo/shared";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectClient, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation } from "./helpers/people.ts";
import { createProposal, fillProposal, freeze, serverHasDraftOf } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let client: TestClient;
let room: WorkspaceRoom;
let version: DocumentVersion;

const SECTION_TITLES = [
  "Analisi del contesto e dei bisogni",
  "Cronoprogramma",
  "Piano economico e co-finanziamento",
];

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  const coop = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
  room = await createProposal(workspace);
  client = connectClient(server.wsUrl, room.id, await workspace.tokenParams(room.id));
  await whenSynced(client);
  fillProposal(client.doc, coop.id);
  await serverHasDraftOf(workspace, room.id, client.doc);
  version = await freeze(workspace, room.id, { label: "Testo per il tavolo" });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(`${server.url}${url}`, {
    headers: { cookie: await cookieOf(workspace) },
  });
  expect(response.status, url).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (process.env.EXPORT_SAMPLES_DIR) {
    await mkdir(process.env.EXPORT_SAMPLES_DIR, { recursive: true });
    const name = url.replace(/[^a-z0-9]+/gi, "_");
    const ext = new URL(url, server.url).searchParams.get("format") ?? "bin";
    await writeFile(path.join(process.env.EXPORT_SAMPLES_DIR, `${name}.${ext}`), bytes);
  }
  return bytes;
}

/** The session cookie of the workspace's API client, read back from a request it makes. */
async function cookieOf(w: Workspace): Promise<string> {
  const token = await w.tokenParams(room.id);
  expect(token.token).toBeTruthy();
  return (w.api as unknown as { cookie: string }).cookie;
}

/** Each page's text, by poppler's pdftotext. */
function pdfPages(bytes: Uint8Array): string[] {
  const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes }).toString();
  return text.split("\f").filter((page) => page.trim() !== "");
}

const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, "");

describe("exporting a frozen version", () => {
  const exportUrl = (format: string) => `/api/versions/${version.id}/export?format=${format}`;

  it("prints a PDF/A with the sections, tables and the hash on every page", async () => {
    const bytes = await download(exportUrl("pdf"));
    const pdf = Buffer.from(bytes).toString("latin1");
    expect(pdf.startsWith("%PDF-1.7")).toBe(true);
    expect(pdf).toContain("pdfaid:part>2");
    expect(pdf).toContain("/OutputIntent");
    const pages = pdfPages(bytes);
    const text = pages.join("\n");
    for (const title of [...SECTION_TITLES, "Sportello casa", "Educatore professionale"]) {
      expect(text).toContain(title);
    }
    expect(text).toContain("18.500,00");
    for (const page of pages) expect(page).toContain(version.hash);
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} di ${pages.length}`);
  });

  it("writes a DOCX and an ODT with the sections and the hash", async () => {
    const docx = unzipSync(await download(exportUrl("docx")));
    const documentXml = strFromU8(docx["word/document.xml"] ?? new Uint8Array());
    const odt = await download(exportUrl("odt"));
    expect(strFromU8(odt.subarray(30, 38))).toBe("mimetype");
    const contentXml = strFromU8(unzipSync(odt)["content.xml"] ?? new Uint8Array());
    for (const xml of [documentXml, contentXml]) {
      for (const title of [...SECTION_TITLES, "Sportello casa"])
        expect(xmlText(xml)).toContain(title);
      expect(xmlText(xml)).toContain(version.hash);
    }
  });

  it("writes Markdown and HTML with the sections, the tables and the hash", async () => {
    const md = new TextDecoder().decode(await download(exportUrl("md")));
    const html = new TextDecoder().decode(await download(exportUrl("html")));
    for (const text of [md, html]) {
      for (const title of SECTION_TITLES) expect(text).toContain(title);
      expect(text).toContain(version.hash);
      expect(text).toContain("Educatore professionale");
    }
    expect(md).toContain("| Sportello casa | Cooperativa sociale Il Ponte | ■ |");
  });

  it("gives the same bytes every time for the same version", async () => {
    for (const format of ["pdf", "docx", "odt", "md", "html"]) {
      const first = await download(exportUrl(format));
      // An hour later by the process's clock (server included), not after a real wait.
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_000 });
      try {
        expect(
          Buffer.from(await download(exportUrl(format))).equals(Buffer.from(first)),
          format,
        ).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    }
  });

  it("names on the cover the funding line and the CUP the procedure was given", async () => {
    const procedure = `/api/procedures/${workspace.procedure.id}`;
    const bad = await workspace.api.request("PATCH", procedure, { cup: "J41H2200012000" });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: "cup: must be 15 letters and digits" });
    await workspace.api.ok("PATCH", procedure, {
      cup: "j41h22000120006",
      fundingLine: "PNRR M5C2",
    });
    const html = new TextDecoder().decode(await download(exportUrl("html")));
    expect(html).toContain("<dt>CUP</dt><dd>J41H22000120006</dd>");
    expect(html).toContain("<dt>Linea di finanziamento</dt><dd>PNRR M5C2</dd>");
    const pdf = pdfPages(await download(exportUrl("pdf")))[0] ?? "";
    expect(pdf).toMatch(/CUP: J41H22000120006/);
  });

  it("refuses an unknown format and a stranger", async () => {
    const bad = await workspace.api.request("GET", exportUrl("exe"));
    expect(bad.status).toBe(400);
    const stranger = await Workspace.create(server.url, "Estraneo");
    expect((await stranger.api.request("GET", exportUrl("pdf"))).status).toBe(403);
  });
});

describe("exporting the live draft", () => {
  it("marks every page BOZZA", async () => {
    const pages = pdfPages(await download(`/api/rooms/${room.id}/export?format=pdf`));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("BOZZA");
    const docx = unzipSync(await download(`/api/rooms/${room.id}/export?format=docx`));
    const header = Object.entries(docx).find(([name]) => name.startsWith("word/header"));
    expect(strFromU8(header?.[1] ?? new Uint8Array())).toContain("BOZZA");
  });
});
