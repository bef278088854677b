import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addToCluster,
  clusterBounds,
  clusterVotes,
  createCluster,
  dissolveCluster,
  rankClusters,
  readClusters,
  removeFromCluster,
  renameCluster,
} from "./clusters.ts";
import { addNote, readNote, readNotes } from "./notes.ts";
import { ANNA, connectDocs, LUCA, sequentialIds, T0 } from "./test-support.ts";

function fourNotes() {
  const doc = new Y.Doc();
  const ids = sequentialIds("n");
  for (const [i, author] of [ANNA, LUCA, ANNA, LUCA].entries()) {
    addNote(doc, { text: `nota ${i + 1}`, x: i * 250, y: 0 }, author, { newId: ids, now: T0 + i });
  }
  return doc;
}

describe("clusters", () => {
  it("group the selected existing notes under a name", () => {
    const doc = fourNotes();
    const cluster = createCluster(
      doc,
      { name: "Casa", noteIds: ["n-1", "n-2", "missing"], createdBy: "anna" },
      { newId: () => "c1", now: T0 },
    );
    expect(cluster).toMatchObject({ id: "c1", name: "Casa", createdBy: "anna" });
    expect(readNote(doc, "n-1")?.clusterId).toBe("c1");
    expect(readNote(doc, "n-2")?.clusterId).toBe("c1");
    expect(clusterBounds("c1", readNotes(doc))).toEqual({ x: 0, y: 0, w: 450, h: 160 });
    expect(createCluster(doc, { name: "Vuoto", noteIds: ["missing"], createdBy: "anna" })).toBe(
      null,
    );
  });

  it("move notes between clusters and drop the ones left empty", () => {
    const doc = fourNotes();
    createCluster(doc, { name: "A", noteIds: ["n-1"], createdBy: "anna" }, { newId: () => "a" });
    createCluster(doc, { name: "B", noteIds: ["n-2"], createdBy: "anna" }, { newId: () => "b" });
    expect(addToCluster(doc, "b", ["n-1"])).toBe(true);
    expect(readClusters(doc).map((c) => c.id)).toEqual(["b"]);
    removeFromCluster(doc, ["n-1", "n-2"]);
    expect(readClusters(doc)).toEqual([]);
    expect(addToCluster(doc, "b", ["n-3"])).toBe(false);
  });

  it("dissolve without deleting the notes, and rename", () => {
    const doc = fourNotes();
    createCluster(
      doc,
      { name: "A", noteIds: ["n-1", "n-2"], createdBy: "a" },
      { newId: () => "a" },
    );
    expect(renameCluster(doc, "a", "Abitare")).toBe(true);
    expect(readClusters(doc)[0]?.name).toBe("Abitare");
    expect(() => renameCluster(doc, "a", "  ")).toThrow();
    dissolveCluster(doc, "a");
    expect(readClusters(doc)).toEqual([]);
    expect(readNotes(doc).every((note) => note.clusterId === null)).toBe(true);
  });

  it("carry their notes' votes and rank by them, ties sharing a rank", () => {
    const doc = fourNotes();
    createCluster(
      doc,
      { name: "Casa", noteIds: ["n-1", "n-2"], createdBy: "a" },
      { newId: () => "x" },
    );
    createCluster(doc, { name: "Lavoro", noteIds: ["n-3"], createdBy: "a" }, { newId: () => "y" });
    createCluster(doc, { name: "Reti", noteIds: ["n-4"], createdBy: "a" }, { newId: () => "z" });
    const counts = { "n-1": 2, "n-2": 1, "n-3": 3 };
    const notes = readNotes(doc);
    expect(clusterVotes("x", notes, counts)).toBe(3);
    const ranked = rankClusters(readClusters(doc), notes, counts);
    expect(ranked.map((r) => [r.item.name, r.votes, r.rank])).toEqual([
      ["Casa", 3, 1],
      ["Lavoro", 3, 1],
      ["Reti", 0, 3],
    ]);
  });

  it("resolve two people clustering the same note at once to a single cluster", () => {
    const a = fourNotes();
    const b = new Y.Doc();
    const stop = connectDocs(a, b);
    stop();
    createCluster(a, { name: "Da A", noteIds: ["n-1"], createdBy: "anna" }, { newId: () => "ca" });
    createCluster(b, { name: "Da B", noteIds: ["n-1"], createdBy: "luca" }, { newId: () => "cb" });
    connectDocs(a, b);
    const inA = readNote(a, "n-1")?.clusterId;
    expect(inA === "ca" || inA === "cb").toBe(true);
    expect(readNote(b, "n-1")?.clusterId).toBe(inA);
    const shown = rankClusters(readClusters(a), readNotes(a), {});
    expect(shown.map((r) => r.item.id)).toEqual([inA]);
  });
});
