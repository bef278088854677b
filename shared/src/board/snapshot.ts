import type * as Y from "yjs";
import { type BoardCluster, readClusters } from "./clusters.ts";
import { type BoardConnector, readConnectors } from "./connectors.ts";
import { type BoardFrame, readFrames } from "./frames.ts";
import { type BoardImage, readImages } from "./images.ts";
import { type BoardLabel, readLabels } from "./labels.ts";
import { type BoardNote, readNotes } from "./notes.ts";

/**
 * The board's content as plain values, read once: what renderers, exports and the server work
 * from, so none of them walks the Y types twice or sees a half-read state.
 */
export interface BoardSnapshot {
  notes: BoardNote[];
  frames: BoardFrame[];
  labels: BoardLabel[];
  connectors: BoardConnector[];
  clusters: BoardCluster[];
  /** The photos; optional so that boards built by hand (fixtures, older callers) need none. */
  images?: BoardImage[];
}

export function readBoard(board: Y.Doc): BoardSnapshot {
  return {
    notes: readNotes(board),
    frames: readFrames(board),
    labels: readLabels(board),
    connectors: readConnectors(board),
    clusters: readClusters(board),
    images: readImages(board),
  };
}

/** Organisation id -> name, from the procedure's partners (the board stores only ids). */
export type OrganisationNames = ReadonlyMap<string, string>;

export function organisationName(
  names: OrganisationNames,
  organisationId: string | null,
): string | null {
  return organisationId ? (names.get(organisationId) ?? null) : null;
}
