import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalDocumentFromYDoc } from "./canonical-ydoc.ts";
import { addActivity, removeActivity, setActivityMonth } from "./cronoprogramma-yjs.ts";
import { blockMap } from "./document-shape.ts";
import { initialiseDocument } from "./initial-doc.ts";
import {
  addCostItem,
  readPianoEconomico,
  removeCostItem,
  updateCostItem,
} from "./piano-economico-yjs.ts";
import { getProposalTemplate } from "./templates/registry.ts";

/** mulberry32: a small seeded generator, so a failing seed can be replayed and kept. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function block(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = blockMap(doc, id);
  if (!map) throw new Error(`no block ${id}`);
  return map;
}

function run(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const origin = new Y.Doc();
  initialiseDocument(origin, getProposalTemplate("proposta-art55"), { spanMonths: 12 });
  const peers = [origin, new Y.Doc(), new Y.Doc()];
  for (const peer of peers.slice(1)) sync(origin, peer);
  const added: string[] = [];
  const targeted = new Set<string>();
  for (let step = 0; step < 150; step += 1) {
    const doc = pick(peers);
    const budget = block(doc, "piano_economico");
    const crono = block(doc, "cronoprogramma");
    const id = `${seed}-${step}`;
    const known = added.length > 0 ? pick(added) : id;
    const action = Math.floor(next() * 7);
    if (action === 0) {
      addCostItem(
        budget,
        {
          description: `Voce ${step}`,
          category: "servizi",
          amountCents: step * 100,
          financedBy: { kind: "fund", source: "pnrr" },
        },
        id,
      );
      added.push(id);
    } else if (action === 1) {
      updateCostItem(budget, known, { amountCents: Math.floor(next() * 1e6) });
    } else if (action === 2) {
      targeted.add(known);
      removeCostItem(budget, known);
    } else if (action === 3) {
      addActivity(crono, { name: `Attività ${step}` }, id);
      added.push(id);
    } else if (action === 4) {
      setActivityMonth(crono, known, 1 + Math.floor(next() * 12), next() < 0.7);
    } else if (action === 5) {
      targeted.add(known);
      removeActivity(crono, known);
    } else {
      sync(doc, pick(peers));
    }
  }
  for (const a of peers) for (const b of peers) sync(a, b);
  return { peers, survivors: added.filter((id) => !targeted.has(id)) };
}

describe("structured blocks under random concurrent edits", () => {
  it.each([1, 2, 3, 42, 2025])("converge, stay valid and lose no row (seed %i)", (seed) => {
    const { peers, survivors } = run(seed);
    const results = peers.map(canonicalDocumentFromYDoc);
    for (const result of results) expect(result.ok).toBe(true);
    const canonical = results.map((result) => (result.ok ? result.canonical : ""));
    expect(new Set(canonical).size).toBe(1);
    const read = readPianoEconomico(block(peers[0] ?? new Y.Doc(), "piano_economico"));
    const ids = new Set(read.data?.items.map((item) => item.id));
    const crono = results[0]?.ok ? results[0].document.blocks.cronoprogramma : undefined;
    if (crono?.type === "cronoprogramma") for (const a of crono.activities) ids.add(a.id);
    for (const id of survivors) expect(ids.has(id)).toBe(true);
  });
});
