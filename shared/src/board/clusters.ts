import type * as Y from "yjs";
import { z } from "zod";
import {
  boardCollection,
  type CreateOptions,
  ItemIdSchema,
  insertRecord,
  patchRecord,
  readRecords,
  resolveCreateOptions,
  TimestampSchema,
} from "./board-shape.ts";
import { compareIds, type Rect, unionBounds } from "./geometry.ts";
import { type BoardNote, pruneEmptyClusters, readNotes } from "./notes.ts";
import { type Ranked, rankByVotes } from "./ranking.ts";

/**
 * A named group of notes (affinity mapping). Membership is stored on each note (`clusterId`), not
 * as a list here: two people clustering the same note at once then resolve to one cluster
 * instead of the note appearing in both.
 */
export const BoardClusterSchema = z.object({
  id: ItemIdSchema,
  name: z.string().trim().min(1).max(200),
  createdAt: TimestampSchema,
  createdBy: ItemIdSchema,
});
export type BoardCluster = z.infer<typeof BoardClusterSchema>;

/**
 * Groups the selected notes under a new name. Notes already in another cluster move over, and a
 * cluster left empty disappears. Returns null when none of the notes exists.
 */
export function createCluster(
  doc: Y.Doc,
  input: { name: string; noteIds: readonly string[]; createdBy: string },
  options?: CreateOptions,
): BoardCluster | null {
  const notes = boardCollection(doc, "notes");
  const existing = input.noteIds.filter((id) => notes.has(id));
  if (existing.length === 0) return null;
  const { id, createdAt } = resolveCreateOptions(options);
  const { name, createdBy } = input;
  const cluster = BoardClusterSchema.parse({ id, name, createdAt, createdBy });
  doc.transact(() => {
    insertRecord(boardCollection(doc, "clusters"), cluster);
    setCluster(doc, existing, cluster.id);
  });
  return cluster;
}

/** Adds notes to an existing cluster (moving them out of any other). */
export function addToCluster(doc: Y.Doc, clusterId: string, noteIds: readonly string[]): boolean {
  if (!boardCollection(doc, "clusters").has(clusterId)) return false;
  doc.transact(() => setCluster(doc, noteIds, clusterId));
  return true;
}

/** Takes notes out of their cluster; a cluster left with no note is deleted. */
export function removeFromCluster(doc: Y.Doc, noteIds: readonly string[]): void {
  doc.transact(() => setCluster(doc, noteIds, null));
}

/** Ungroups every note of the cluster and deletes it; the notes themselves stay. */
export function dissolveCluster(doc: Y.Doc, clusterId: string): void {
  const members = readNotes(doc).filter((note) => note.clusterId === clusterId);
  doc.transact(() => {
    setCluster(
      doc,
      members.map((note) => note.id),
      null,
    );
    boardCollection(doc, "clusters").delete(clusterId);
  });
}

export function renameCluster(doc: Y.Doc, clusterId: string, name: string): boolean {
  const checked = BoardClusterSchema.shape.name.parse(name);
  return patchRecord(boardCollection(doc, "clusters"), clusterId, { name: checked });
}

export function readClusters(doc: Y.Doc): BoardCluster[] {
  return readRecords(boardCollection(doc, "clusters"), BoardClusterSchema);
}

function setCluster(doc: Y.Doc, noteIds: readonly string[], clusterId: string | null): void {
  const notes = boardCollection(doc, "notes");
  for (const id of noteIds) patchRecord(notes, id, { clusterId });
  pruneEmptyClusters(doc);
}

export function clusterMembers(clusterId: string, notes: readonly BoardNote[]): BoardNote[] {
  return notes.filter((note) => note.clusterId === clusterId);
}

/** The area a cluster's outline is drawn around; null when it has no notes. */
export function clusterBounds(clusterId: string, notes: readonly BoardNote[]): Rect | null {
  return unionBounds(clusterMembers(clusterId, notes));
}

/**
 * A cluster carries its notes' votes: its total is the sum of its members' counts, so clustering
 * after a vote loses nothing and ranking clusters ranks themes, not single notes.
 */
export function clusterVotes(
  clusterId: string,
  notes: readonly BoardNote[],
  counts: Readonly<Record<string, number>>,
): number {
  return clusterMembers(clusterId, notes).reduce((sum, note) => sum + (counts[note.id] ?? 0), 0);
}

/** Clusters with at least one note, ranked by the votes they carry (ties share a rank). */
export function rankClusters(
  clusters: readonly BoardCluster[],
  notes: readonly BoardNote[],
  counts: Readonly<Record<string, number>>,
): Ranked<BoardCluster>[] {
  const used = new Set(notes.map((note) => note.clusterId));
  return rankByVotes(
    clusters.filter((cluster) => used.has(cluster.id)),
    (cluster) => clusterVotes(cluster.id, notes, counts),
    (a, b) => a.name.localeCompare(b.name, "it") || compareIds(a.id, b.id),
  );
}
