import { describe, expect, it } from "vitest";
import { DataDraft, detach } from "./entry-draft.ts";
import { applyEntryOps, PendingLayer } from "./entry-ops.ts";

interface Shape {
  version: number;
  people: Record<string, { name: string; tags: string[] }>;
  log: { id: string; seen: boolean }[];
}

const base = (): Shape => ({
  version: 1,
  people: { a: { name: "Anna", tags: [] }, b: { name: "Bruno", tags: ["x"] } },
  log: [
    { id: "1", seen: false },
    { id: "2", seen: false },
  ],
});

function change(data: Shape, mutate: (draft: Shape) => unknown, layer?: PendingLayer) {
  const raw = data as unknown as Record<string, unknown>;
  const draft = new DataDraft<Shape>(layer ?? new PendingLayer(raw), raw);
  const result = detach(mutate(draft.data));
  return { result, ops: draft.finish() };
}

describe("DataDraft", () => {
  it("records only the entries a change touched, and reading records nothing", () => {
    const data = base();
    const { ops } = change(data, (d) => {
      Object.values(d.people).map((p) => p.name);
      d.log.find((entry) => entry.id === "2");
      const bruno = d.people.b;
      if (bruno) bruno.tags.push("y");
    });
    expect(ops).toEqual([
      { op: "replace", path: ["people", "b"], value: { name: "Bruno", tags: ["x", "y"] } },
    ]);
    expect(data.people.b?.tags).toEqual(["x"]);
  });

  it("turns pushes, edits in place, additions and deletions into entry operations", () => {
    const data = base();
    const { ops } = change(data, (d) => {
      d.log.push({ id: "3", seen: true });
      for (const entry of d.log) if (entry.id === "1") entry.seen = true;
      d.people.c = { name: "Carla", tags: [] };
      delete d.people.a;
      d.version = 2;
    });
    applyEntryOps(data as unknown as Record<string, unknown>, ops);
    expect(data).toEqual({
      version: 2,
      people: { b: { name: "Bruno", tags: ["x"] }, c: { name: "Carla", tags: [] } },
      log: [
        { id: "1", seen: true },
        { id: "2", seen: false },
        { id: "3", seen: true },
      ],
    });
  });

  it("gives back plain copies of drafts it returns, and freezes what it records", () => {
    const data = base();
    const { result, ops } = change(data, (d) => {
      const anna = d.people.a;
      if (anna) anna.name = "Anna Rossi";
      return anna;
    });
    expect(result).toEqual({ name: "Anna Rossi", tags: [] });
    expect(Object.isFrozen(ops[0]?.value)).toBe(true);
  });

  it("sees the pending changes made before it", () => {
    const data = base();
    const raw = data as unknown as Record<string, unknown>;
    const layer = new PendingLayer(raw);
    layer.add(change(data, (d) => void d.log.push({ id: "3", seen: false })).ops);
    layer.add(change(data, (d) => void delete d.people.a, layer).ops);
    const { result } = change(
      data,
      (d) => ({ people: Object.keys(d.people), log: d.log.map((entry) => entry.id) }),
      layer,
    );
    expect(result).toEqual({ people: ["b"], log: ["1", "2", "3"] });
    expect(data.log).toHaveLength(2);
  });

  it("refuses to shrink a top-level array in place", () => {
    expect(() => change(base(), (d) => d.log.pop())).toThrow(/only grows by push/);
  });
});
