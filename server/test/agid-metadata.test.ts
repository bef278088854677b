import { createHash } from "node:crypto";
import { type AgidMetadata, AgidMetadataSchema, type DocumentVersion } from "@tavolo/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { addOrganisation } from "./helpers/people.ts";
import { createProposal, freeze } from "./helpers/versions.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
let version: DocumentVersion;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url, "Giulia Rossi");
  await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
  const room = await createProposal(workspace);
  await freeze(workspace, room.id, { label: "Prima stesura" });
  version = await freeze(workspace, room.id, { label: "Testo per il protocollo" });
});
afterAll(() => server.close());

const get = (url: string) =>
  fetch(`${server.url}${url}`, { headers: { cookie: workspace.api.cookieHeader } });
const sha256 = (bytes: ArrayBuffer) =>
  createHash("sha256").update(new Uint8Array(bytes)).digest("hex");

async function metadata(format?: string): Promise<AgidMetadata> {
  const query = format ? `?format=${format}` : "";
  const response = await get(`/api/versions/${version.id}/metadata-agid${query}`);
  expect(response.status).toBe(200);
  return AgidMetadataSchema.parse(await response.json());
}

describe("the AgID metadata of a frozen version", () => {
  it("describes the PDF as downloaded: identifier, impronta of its bytes, date, version", async () => {
    const agid = await metadata();
    const pdf = await (await get(`/api/versions/${version.id}/export?format=pdf`)).arrayBuffer();
    expect(agid.IdDoc).toEqual({
      Identificativo: `tavolo:${version.id}:pdf`,
      ImprontaCrittograficaDelDocumento: { Impronta: sha256(pdf), Algoritmo: "SHA-256" },
    });
    expect(agid.DatiDiRegistrazione.DataRegistrazione).toBe(version.createdAt);
    expect(agid.VersioneDelDocumento).toBe("2");
    expect(agid.IdentificativoDelFormato.Formato).toBe("application/pdf (PDF/A-2b)");
    expect(agid.NomeDelDocumento).toBe("proposta-progettuale-v2.pdf");
    expect(agid.Riservato).toBe(false);
    expect(agid.Verifica.FirmatoDigitalmente).toBe(false);
    expect(agid.ChiaveDescrittiva.Oggetto).toContain("Testo per il protocollo");
    expect(agid.Note).toContain(version.hash);
    expect(agid.Note).toContain(version.previousHash ?? "missing previous hash");
    expect(agid.IdAgg.IdAggregazione).toBe(workspace.procedure.id);
  });

  it("names the amministrazione, the facilitators, the partners and who froze it", async () => {
    const { Soggetti } = await metadata();
    expect(Soggetti).toEqual([
      { Ruolo: "Autore", PAI: { Denominazione: "Comune di Mentana" } },
      { Ruolo: "Autore", PF: { Nominativo: "Giulia Rossi" } },
      { Ruolo: "Autore", PG: { Denominazione: "Cooperativa sociale Il Ponte" } },
      { Ruolo: "Soggetto che effettua la registrazione", PF: { Nominativo: "Giulia Rossi" } },
    ]);
  });

  it("describes each export format by the impronta of that file", async () => {
    const agid = await metadata("odt");
    const odt = await (await get(`/api/versions/${version.id}/export?format=odt`)).arrayBuffer();
    expect(agid.IdDoc.ImprontaCrittograficaDelDocumento.Impronta).toBe(sha256(odt));
    expect(agid.IdentificativoDelFormato.Formato).toBe("application/vnd.oasis.opendocument.text");
    expect((await get(`/api/versions/${version.id}/metadata-agid?format=exe`)).status).toBe(400);
  });

  it("needs a session", async () => {
    const anonymous = await fetch(`${server.url}/api/versions/${version.id}/metadata-agid`);
    expect(anonymous.status).toBe(401);
  });
});
