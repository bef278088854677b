import {
  type ApprovalRound,
  type CompletenessReport,
  canonicalDocumentFromYDoc,
  type DocumentVersion,
  documentCompleteness,
  draftDocumentFromYDoc,
  type OrganisationSnapshot,
  type SectionStatus,
  type WorkspaceRoom,
} from "@tavolo/shared";
import * as Y from "yjs";
import { newId } from "../auth/ids.ts";
import type { Data, PersonRecord, StoredVersion } from "../db/database.ts";
import { sectionStatusMap } from "../documents/section-status-store.ts";
import { recordAudit } from "../procedures/audit.ts";
import type { RoomEditor } from "../procedures/deps.ts";
import { quotedRefs, readMaterials, roomsOfRefs, withMaterials } from "./board-materials.ts";
import { impronta } from "./hashing.ts";

/** The server's state of a room right now, canonicalised in the same synchronous step. */
export interface LiveState {
  state: Uint8Array;
  canonical: { ok: true; canonical: string } | { ok: false; problems: string[] };
  /** Empty and over-limit sections of that same state. */
  completeness: CompletenessReport;
  /** With pending suggestions: the canonical form keeping them, for the draft's DOCX. */
  draft?: string;
}

function liveStateOf(doc: Y.Doc, statuses: Readonly<Record<string, SectionStatus>>): LiveState {
  const result = canonicalDocumentFromYDoc(doc);
  const completeness = documentCompleteness(doc, statuses);
  const draft = completeness.pendingSuggestions ? draftDocumentFromYDoc(doc) : null;
  return {
    ...(draft?.ok ? { draft: draft.canonical } : {}),
    state: Y.encodeStateAsUpdate(doc),
    canonical: result.ok
      ? { ok: true as const, canonical: result.canonical }
      : { ok: false as const, problems: result.problems },
    completeness,
  };
}

/** How often the rooms are loaded again when the text quotes a new board meanwhile. */
const MATERIAL_ATTEMPTS = 3;

/**
 * One synchronous step over the document and the board rooms loaded with it: the state with
 * the quoted outputs' materials, or the board rooms still missing (quoted since the load).
 */
function stateWithMaterials(
  data: Readonly<Data>,
  procedureId: string,
  names: readonly string[],
  docs: readonly Y.Doc[],
): LiveState | { missing: string[] } {
  const doc = docs[0] ?? new Y.Doc();
  const statuses = sectionStatusMap(data, names[0] ?? "");
  const refs = quotedRefs(doc);
  if (refs.length === 0) return liveStateOf(doc, statuses);
  const missing = roomsOfRefs(data, procedureId, refs).filter((name) => !names.includes(name));
  if (missing.length > 0) return { missing };
  const loaded = new Map(names.map((name, index) => [name, docs[index] ?? new Y.Doc()]));
  const copy = withMaterials(doc, readMaterials(data, procedureId, refs, loaded));
  try {
    return liveStateOf(copy, statuses);
  } finally {
    copy.destroy();
  }
}

/**
 * Reads the room's live Y.Doc on the server (loading it from storage if nobody has it open):
 * never a copy sent by a client. Board outputs the text quotes are re-read from their boards'
 * rooms, loaded together with the document and read in the same synchronous step, and written
 * into the state (board-materials.ts). Resolves once everything in that state is stored.
 */
export async function readLiveState(
  rooms: RoomEditor,
  data: Readonly<Data>,
  roomId: string,
): Promise<LiveState> {
  const procedureId = data.workspaceRooms[roomId]?.procedureId ?? "";
  const names = [roomId];
  for (let attempt = 0; attempt < MATERIAL_ATTEMPTS; attempt++) {
    const result = await rooms.editRooms(names, (docs) =>
      stateWithMaterials(data, procedureId, names, docs),
    );
    if (!("missing" in result)) return result;
    names.push(...result.missing);
  }
  const problem = "the text kept quoting new boards while it was read: try again";
  return {
    state: new Uint8Array(),
    canonical: { ok: false, problems: [problem] },
    completeness: { empty: [], overLimit: [] },
  };
}

export function organisationSnapshot(data: Readonly<Data>, pid: string): OrganisationSnapshot[] {
  return Object.values(data.organisations)
    .filter((organisation) => organisation.procedureId === pid)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map(({ id, name, type, role }) => ({ id, name, type, role }));
}

export function versionsOfRoom(data: Readonly<Data>, roomId: string): StoredVersion[] {
  return Object.values(data.versions)
    .filter((version) => version.roomId === roomId)
    .sort((a, b) => a.number - b.number);
}

export interface FreezeInput {
  id: string;
  room: WorkspaceRoom;
  author: PersonRecord;
  label: string;
  canonical: string;
  stateBytes: number;
  openApproval: boolean;
  completeness: CompletenessReport;
  /** The facilitator's reason to open the round despite the report (checked by the caller). */
  approvalReason: string | null;
}

/** Closes the document's open round: its text is no longer the latest. */
function supersedeOpenRounds(data: Data, roomId: string, at: string): string[] {
  const closed: string[] = [];
  for (const round of Object.values(data.approvalRounds)) {
    if (round.roomId !== roomId || round.status !== "open") continue;
    round.status = "superseded";
    round.closedAt = at;
    closed.push(round.id);
  }
  return closed;
}

function openRound(data: Data, version: StoredVersion, opener: PersonRecord): ApprovalRound {
  const round: ApprovalRound = {
    id: newId(),
    procedureId: version.procedureId,
    roomId: version.roomId,
    versionId: version.id,
    hash: version.hash,
    status: "open",
    openedAt: version.createdAt,
    openedBy: opener.id,
    closedAt: null,
    organisations: version.organisations,
    responses: [],
  };
  data.approvalRounds[round.id] = round;
  return round;
}

/**
 * Records the version (numbered after the document's last, linked to its hash), closes any open
 * round of the document as superseded and opens a new one if asked; call inside `db.change`,
 * once the text is stored (`db.versionTexts.write`): the metadata keeps all but the text.
 */
export function recordVersion(data: Data, input: FreezeInput): DocumentVersion {
  const { room, author } = input;
  const previous = versionsOfRoom(data, room.id).at(-1);
  const version: DocumentVersion = {
    id: input.id,
    procedureId: room.procedureId,
    roomId: room.id,
    number: (previous?.number ?? 0) + 1,
    label: input.label,
    authorId: author.id,
    authorName: author.displayName,
    createdAt: new Date().toISOString(),
    canonical: input.canonical,
    hash: impronta(input.canonical),
    previousHash: previous?.hash ?? null,
    stateBytes: input.stateBytes,
    organisations: organisationSnapshot(data, room.procedureId),
    completeness: input.completeness,
    approvalReason: input.openApproval ? input.approvalReason : null,
  };
  const { canonical: _canonical, ...stored } = version;
  data.versions[version.id] = stored;
  const { number, label, hash } = version;
  recordAudit(data, room.procedureId, author, "version.frozen", {
    room: room.title,
    number,
    label,
    hash,
  });
  const superseded = supersedeOpenRounds(data, room.id, version.createdAt);
  for (const roundId of superseded) {
    recordAudit(data, room.procedureId, author, "approval.superseded", { roundId, by: number });
  }
  if (input.openApproval) {
    openRound(data, version, author);
    const reason = version.approvalReason;
    recordAudit(data, room.procedureId, author, "approval.opened", {
      number,
      hash,
      ...(reason ? { reason } : {}),
    });
  }
  return version;
}
