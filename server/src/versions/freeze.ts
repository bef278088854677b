import {
  type ApprovalRound,
  canonicalDocumentFromYDoc,
  type DocumentVersion,
  type OrganisationSnapshot,
  type WorkspaceRoom,
} from "@tavolo/shared";
import * as Y from "yjs";
import { newId } from "../auth/ids.ts";
import type { Data, PersonRecord } from "../db/database.ts";
import { recordAudit } from "../procedures/audit.ts";
import type { RoomEditor } from "../procedures/deps.ts";
import { quotedRefs, readMaterials, roomsOfRefs, withMaterials } from "./board-materials.ts";
import { impronta } from "./hashing.ts";

/** The server's state of a room right now, canonicalised in the same synchronous step. */
export interface LiveState {
  state: Uint8Array;
  canonical: { ok: true; canonical: string } | { ok: false; problems: string[] };
}

function liveStateOf(doc: Y.Doc): LiveState {
  const result = canonicalDocumentFromYDoc(doc);
  return {
    state: Y.encodeStateAsUpdate(doc),
    canonical: result.ok
      ? { ok: true as const, canonical: result.canonical }
      : { ok: false as const, problems: result.problems },
  };
}

/** Tries to catch a text that quotes a new board between loading its rooms and reading them. */
const MATERIAL_ATTEMPTS = 3;

/**
 * Reads the room's live Y.Doc on the server (loading it from storage if nobody has it open):
 * never a copy sent by a client. Board outputs the text quotes are re-read from their boards'
 * rooms in the same synchronous step and written into the state (board-materials.ts). Resolves
 * once everything in that state is stored.
 */
export async function readLiveState(
  rooms: RoomEditor,
  data: Readonly<Data>,
  roomId: string,
): Promise<LiveState> {
  const procedureId = data.workspaceRooms[roomId]?.procedureId ?? "";
  let boardRooms: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const names = [roomId, ...boardRooms];
    const result = await rooms.editRooms(names, (docs) => {
      const doc = docs[0] ?? new Y.Doc();
      const refs = quotedRefs(doc);
      const needed = roomsOfRefs(data, procedureId, refs);
      if (needed.some((name) => !names.includes(name)) && attempt < MATERIAL_ATTEMPTS) {
        return { retry: needed };
      }
      if (refs.length === 0) return liveStateOf(doc);
      const loaded = new Map(names.map((name, index) => [name, docs[index] ?? new Y.Doc()]));
      const copy = withMaterials(doc, readMaterials(data, procedureId, refs, loaded));
      try {
        return liveStateOf(copy);
      } finally {
        copy.destroy();
      }
    });
    if (!("retry" in result)) return result;
    boardRooms = result.retry;
  }
}

export function organisationSnapshot(data: Readonly<Data>, pid: string): OrganisationSnapshot[] {
  return Object.values(data.organisations)
    .filter((organisation) => organisation.procedureId === pid)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map(({ id, name, type, role }) => ({ id, name, type, role }));
}

export function versionsOfRoom(data: Readonly<Data>, roomId: string): DocumentVersion[] {
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

function openRound(data: Data, version: DocumentVersion, opener: PersonRecord): ApprovalRound {
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
 * round of the document as superseded and opens a new one if asked; call inside `db.change`.
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
  };
  data.versions[version.id] = version;
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
    recordAudit(data, room.procedureId, author, "approval.opened", { number, hash });
  }
  return version;
}
