import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ApiClient, DocumentVersion, VersionDetail, WorkspaceRoom } from "@tavolo/shared";
import { Database } from "../../src/db/database.ts";
import { impronta } from "../../src/versions/hashing.ts";
import { connectClient, whenSynced } from "./clients.ts";
import { startTestServer, type TestServer } from "./in-process-server.ts";
import { addOrganisation, invitePerson } from "./people.ts";
import { tempDataDir } from "./server-process.ts";
import {
  createProposal,
  fillProposal,
  freeze,
  INCOMPLETE_REASON,
  serverHasDraftOf,
} from "./versions.ts";
import { Workspace } from "./workspace.ts";

export const EXPORT_FORMATS = ["pdf", "docx", "odt", "md", "html"] as const;

/**
 * A server on a data folder that outlives it, with a filled proposal frozen and approved by its
 * one organisation: the procedure's testo concordato, as the municipality would export it.
 */
export class AgreedVersion {
  private constructor(
    public server: TestServer,
    readonly dataDir: string,
    readonly workspace: Workspace,
    readonly referente: ApiClient,
    readonly room: WorkspaceRoom,
    readonly version: DocumentVersion,
  ) {}

  static async create(): Promise<AgreedVersion> {
    const dataDir = await tempDataDir();
    const server = await startTestServer({ DATA_DIR: dataDir });
    const workspace = await Workspace.create(server.url, "Giulia Rossi");
    const coop = await addOrganisation(workspace, "Cooperativa sociale Il Ponte");
    const referente = (await invitePerson(workspace, "referente", "Marco Bianchi", coop.id)).api;
    const room = await createProposal(workspace);
    const client = connectClient(server.wsUrl, room.id, await workspace.tokenParams(room.id));
    await whenSynced(client);
    fillProposal(client.doc, coop.id);
    await serverHasDraftOf(workspace, room.id, client.doc);
    client.destroy();
    const version = await freeze(workspace, room.id, {
      label: "Testo finale",
      openApproval: true,
      reason: INCOMPLETE_REASON,
    });
    await referente.ok<VersionDetail>("POST", `/api/versions/${version.id}/approvals`, {
      decision: "approve",
      hash: version.hash,
    });
    return new AgreedVersion(server, dataDir, workspace, referente, room, version);
  }

  /** GET with the facilitator's session cookie; the raw response. */
  fetchAsMember(url: string): Promise<Response> {
    const cookie = (this.workspace.api as unknown as { cookie: string }).cookie;
    return fetch(`${this.server.url}${url}`, { headers: { cookie } });
  }

  exportOf(format: string): Promise<Response> {
    return this.fetchAsMember(`/api/versions/${this.version.id}/export?format=${format}`);
  }

  get textFile(): string {
    return path.join(this.dataDir, "versions", `${this.version.id}.canonical.json`);
  }

  /** Changes an amount in the stored text, as an edit on disk would (1.850.000 → 1.950.000). */
  async tamperText(): Promise<string> {
    const text = await readFile(this.textFile, "utf8");
    const altered = text.replace("1850000", "1950000");
    if (altered === text) throw new Error("the stored text has no amount 1850000");
    await writeFile(this.textFile, altered);
    return altered;
  }

  /**
   * Rewrites the version's recorded hash to the altered text's, with the server stopped (as one
   * editing the metadata on disk would), then starts it again on the same data.
   */
  async tamperHashToo(): Promise<void> {
    const altered = await this.tamperText();
    const port = String(this.server.port);
    await this.server.close();
    const db = await Database.open(this.dataDir);
    await db.change((data) => {
      const stored = data.versions[this.version.id];
      if (stored) stored.hash = impronta(altered);
    });
    await db.close();
    // The same port: the clients' base URL and session cookies stay valid.
    this.server = await startTestServer({ DATA_DIR: this.dataDir, PORT: port });
  }

  async close(): Promise<void> {
    await this.server.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
