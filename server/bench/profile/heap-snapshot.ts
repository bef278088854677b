import { readFile } from "node:fs/promises";

/** A V8 heap snapshot's nodes, summed by what they are: self size and count per group. */
export type HeapGroups = Map<string, { bytes: number; count: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * Groups a `.heapsnapshot`'s nodes by constructor (objects, closures) or by kind (strings,
 * arrays, code, `system / …`), summing self sizes. Self, not retained, sizes: a difference of
 * two snapshots then counts every byte once, where retained sizes would count it under every
 * object that keeps it alive.
 */
export async function groupHeap(file: string): Promise<HeapGroups> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as Snapshot;
  const fields = parsed.snapshot.meta.node_fields;
  const types = parsed.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const groups: HeapGroups = new Map();
  const { nodes, strings } = parsed;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + (typeAt ?? 0)] ?? 0] ?? "?";
    const name = strings[nodes[i + (nameAt ?? 1)] ?? 0] ?? "?";
    const key = groupKey(type, name);
    const group = groups.get(key) ?? { bytes: 0, count: 0 };
    group.bytes += nodes[i + (sizeAt ?? 3)] ?? 0;
    group.count++;
    groups.set(key, group);
  }
  return groups;
}

function groupKey(type: string, name: string): string {
  if (type === "object" || type === "closure") return `${type} ${name}`;
  if (type === "native" || type === "hidden") return `${type} ${name.slice(0, 60)}`;
  return `(${type})`;
}

/** Per-unit difference `(after - before) / units`, largest first. */
export function perUnit(
  before: HeapGroups,
  after: HeapGroups,
  units: number,
): { key: string; bytes: number; count: number }[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((key) => {
      const a = before.get(key) ?? { bytes: 0, count: 0 };
      const b = after.get(key) ?? { bytes: 0, count: 0 };
      return { key, bytes: (b.bytes - a.bytes) / units, count: (b.count - a.count) / units };
    })
    .sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes));
}
