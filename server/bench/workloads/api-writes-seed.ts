import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import { type Data, Database } from "../../src/db/database.ts";

/** Every record of one procedure, as the metadata holds them. */
interface ProcedureRecords {
  procedures: Data["procedures"];
  workspaceRooms: Data["workspaceRooms"];
  organisations: Data["organisations"];
  meetings: Data["meetings"];
  versions: Data["versions"];
  approvalRounds: Data["approvalRounds"];
  memberships: Data["memberships"];
  audit: Data["audit"];
}

const ofProcedure = <T extends { procedureId: string }>(records: Record<string, T>, pid: string) =>
  Object.fromEntries(Object.entries(records).filter(([, record]) => record.procedureId === pid));

function recordsOf(data: Readonly<Data>, pid: string): ProcedureRecords {
  const procedure = data.procedures[pid];
  if (!procedure) throw new Error(`procedure ${pid} not found`);
  return {
    procedures: { [pid]: procedure },
    workspaceRooms: ofProcedure(data.workspaceRooms, pid),
    organisations: ofProcedure(data.organisations, pid),
    meetings: ofProcedure(data.meetings, pid),
    versions: ofProcedure(data.versions, pid),
    approvalRounds: ofProcedure(data.approvalRounds, pid),
    memberships: data.memberships.filter((m) => m.procedureId === pid),
    audit: data.audit.filter((event) => event.procedureId === pid),
  };
}

/** The ids a clone must not share with its template (everything but the people). */
function idsOf(records: ProcedureRecords): string[] {
  const keyed = [
    records.procedures,
    records.workspaceRooms,
    records.organisations,
    records.meetings,
    records.versions,
    records.approvalRounds,
  ];
  return [...keyed.flatMap((map) => Object.keys(map)), ...records.audit.map((event) => event.id)];
}

const freshId = () => randomBytes(16).toString("base64url");
const escapeRegExp = (id: string) => id.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/** A procedure's records as JSON, and how to copy its version texts under new ids. */
export interface ProcedureTemplate {
  json: string;
  ids: string[];
  versionIds: string[];
}

/** Reads procedure `pid` from the metadata in `dataDir` (server stopped), to copy it later. */
export async function readTemplate(dataDir: string, pid: string): Promise<ProcedureTemplate> {
  const db = await Database.open(dataDir);
  try {
    const records = recordsOf(db.data, pid);
    const versionIds = Object.keys(records.versions);
    return { json: JSON.stringify(records), ids: idsOf(records), versionIds };
  } finally {
    await db.close();
  }
}

/**
 * Adds `count` copies of the template (its rooms, organisations, versions with their texts,
 * rounds and audit trail, under new ids) to the metadata in `dataDir`, with the server stopped:
 * a large instance in seconds instead of thousands of freezes.
 */
export async function addCopies(
  dataDir: string,
  template: ProcedureTemplate,
  count: number,
): Promise<void> {
  const db = await Database.open(dataDir);
  const pattern = new RegExp(template.ids.map(escapeRegExp).join("|"), "g");
  const clones: ProcedureRecords[] = [];
  for (let i = 0; i < count; i++) {
    const renamed = new Map<string, string>();
    const rename = (id: string) => renamed.get(id) ?? renamed.set(id, freshId()).get(id) ?? id;
    clones.push(JSON.parse(template.json.replace(pattern, rename)) as ProcedureRecords);
    for (const id of template.versionIds) {
      const text = await db.versionBlobs.read(id, "text");
      if (text === null) throw new Error(`version ${id}: no text to copy`);
      await db.versionBlobs.write(rename(id), "text", text);
    }
  }
  await db.change((data) => {
    for (const clone of clones) {
      Object.assign(data.procedures, clone.procedures);
      Object.assign(data.workspaceRooms, clone.workspaceRooms);
      Object.assign(data.organisations, clone.organisations);
      Object.assign(data.meetings, clone.meetings);
      Object.assign(data.versions, clone.versions);
      Object.assign(data.approvalRounds, clone.approvalRounds);
      data.memberships.push(...clone.memberships);
      data.audit.push(...clone.audit);
    }
  });
  // The server's next open replays this one large record and compacts it into a snapshot.
  await db.close();
}

/** Size of metadata.json and its journal. */
export async function metadataBytes(dataDir: string): Promise<number> {
  const size = (file: string) =>
    stat(path.join(dataDir, file)).then(
      (s) => s.size,
      () => 0,
    );
  return (await size("metadata.json")) + (await size("metadata.journal"));
}
