import {
  type BoardMaterial,
  type BoardOutputRef,
  documentContentJSON,
  extractOutput,
  readBoardOutputRef,
  referencedBoardOutputs,
  writeBoardMaterials,
} from "@tavolo/shared";
import * as Y from "yjs";
import { boardRecord } from "../boards/board-access.ts";
import { boardState, organisationNames, outputRooms } from "../boards/board-outputs-read.ts";
import type { Data } from "../db/database.ts";

/** The references the document's text shows (lists copied from elsewhere have none). */
export function quotedRefs(doc: Y.Doc): BoardOutputRef[] {
  return referencedBoardOutputs(documentContentJSON(doc)).flatMap((id) => {
    const ref = readBoardOutputRef(doc, id);
    return ref ? [ref] : [];
  });
}

/**
 * The rooms to load to read those references' boards: each board of the procedure and its
 * control room. A reference to any other room loads nothing.
 */
export function roomsOfRefs(
  data: Readonly<Data>,
  procedureId: string,
  refs: readonly BoardOutputRef[],
): string[] {
  const boards = new Set(
    refs
      .map((ref) => ref.boardId)
      .filter((boardId) => boardRecord(data, boardId)?.procedureId === procedureId),
  );
  return [...boards].flatMap(outputRooms);
}

/**
 * Each quoted output as it is on its board now. A board that is not one of the document's
 * procedure's is never read (a reference written by a client could name any room): it freezes
 * as "not available", like a cluster that was dissolved.
 */
export function readMaterials(
  data: Readonly<Data>,
  procedureId: string,
  refs: readonly BoardOutputRef[],
  docs: ReadonlyMap<string, Y.Doc>,
): Map<string, BoardMaterial> {
  const names = organisationNames(data, procedureId);
  const materials = new Map<string, BoardMaterial>();
  for (const ref of refs) {
    const board = boardRecord(data, ref.boardId);
    const [boardName, controlName] = outputRooms(ref.boardId);
    const boardDoc = docs.get(boardName);
    const control = docs.get(controlName);
    if (!board || board.procedureId !== procedureId || !boardDoc || !control) {
      materials.set(ref.id, { boardTitle: null, extract: null });
      continue;
    }
    const { snapshot, votes } = boardState(boardDoc, control);
    const extract = extractOutput(snapshot, votes, ref.source, names);
    materials.set(ref.id, { boardTitle: board.title, extract });
  }
  return materials;
}

/**
 * A copy of the live document with the quoted outputs' materials written in: the state a
 * version stores, so its hash can be rebuilt from it alone. The live document is not changed.
 */
export function withMaterials(live: Y.Doc, materials: ReadonlyMap<string, BoardMaterial>): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
  writeBoardMaterials(copy, materials);
  return copy;
}
