import {
  type BoardCollection,
  type BoardNote,
  boardCollection,
  type ConnectorLine,
  clusterBounds,
  connectorLine,
  frameOf,
  type Rect,
  readClusters,
  readConnectors,
  readFrames,
  readNote,
  readNotes,
} from "@tavolo/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYValue } from "./yHooks.ts";

const CLUSTER_SOURCES = ["notes", "clusters"] as const;
const CONNECTOR_SOURCES = ["notes", "connectors"] as const;
const PLACE_SOURCES = ["frames", "clusters"] as const;

/**
 * Subscribes to every change in the named collections of the board room. `names` is one of the
 * module's constant lists, so the subscription is not renewed on each render.
 */
function useCollections(board: Y.Doc, names: readonly BoardCollection[]) {
  return useCallback(
    (onChange: () => void) => {
      const maps = names.map((name) => boardCollection(board, name));
      for (const map of maps) map.observeDeep(onChange);
      return () => {
        for (const map of maps) map.unobserveDeep(onChange);
      };
    },
    [board, names],
  );
}

export interface ClusterOutline {
  id: string;
  name: string;
  bounds: Rect;
  noteIds: string[];
}

/** Each cluster with the area around its notes: re-renders only when that area or name changes. */
export function useClusterOutlines(board: Y.Doc): ClusterOutline[] {
  const subscribe = useCollections(board, CLUSTER_SOURCES);
  const read = useCallback(() => {
    // Read on every note change: a board without clusters must not pay for reading its notes.
    const clusters = readClusters(board);
    if (clusters.length === 0) return [];
    const notes = readNotes(board);
    return clusters.flatMap((cluster) => {
      const bounds = clusterBounds(cluster.id, notes);
      const noteIds = notes.filter((n) => n.clusterId === cluster.id).map((n) => n.id);
      return bounds ? [{ id: cluster.id, name: cluster.name, bounds, noteIds }] : [];
    });
  }, [board]);
  return useYValue(subscribe, read);
}

export interface DrawnConnector {
  id: string;
  from: string;
  to: string;
  line: ConnectorLine;
  fromText: string;
  toText: string;
}

/** The arrows to draw, following the notes they join as those move. */
export function useConnectorLines(board: Y.Doc): DrawnConnector[] {
  const subscribe = useCollections(board, CONNECTOR_SOURCES);
  const read = useCallback(() => {
    // Read on every note change (a drag, someone else's move): only the notes arrows join.
    const noteOf = (id: string) => readNote(board, id) ?? undefined;
    return readConnectors(board).flatMap((connector) => {
      const from = noteOf(connector.from);
      const to = noteOf(connector.to);
      const line = from && to ? connectorLine(from, to) : null;
      if (!from || !to || !line) return [];
      const texts = { fromText: shortText(from), toText: shortText(to) };
      return [{ ...connector, line, ...texts }];
    });
  }, [board]);
  return useYValue(subscribe, read);
}

function shortText(note: BoardNote): string {
  const text = note.hidden ? "" : note.text.replace(/\s+/g, " ").trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text || note.authorName;
}

export interface NotePlace {
  frameId: string | null;
  frameTitle: string | null;
  clusterName: string | null;
}

/** The frame a note sits in and the cluster it belongs to, for its screen-reader label. */
export function useNotePlace(board: Y.Doc, note: BoardNote | null): NotePlace {
  const subscribe = useCollections(board, PLACE_SOURCES);
  const x = note?.x;
  const y = note?.y;
  const w = note?.w;
  const h = note?.h;
  const clusterId = note?.clusterId ?? null;
  const read = useCallback((): NotePlace => {
    if (x === undefined || y === undefined || w === undefined || h === undefined) {
      return { frameId: null, frameTitle: null, clusterName: null };
    }
    const frame = frameOf({ x, y, w, h }, readFrames(board));
    const cluster = clusterId ? readClusters(board).find((c) => c.id === clusterId) : undefined;
    const clusterName = cluster?.name ?? null;
    return { frameId: frame?.id ?? null, frameTitle: frame?.title ?? null, clusterName };
  }, [board, x, y, w, h, clusterId]);
  return useYValue(subscribe, read);
}
