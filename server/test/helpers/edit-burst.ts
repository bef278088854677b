import type * as Y from "yjs";
import type { TestClient } from "./clients.ts";

/** The entries of the shared log the bursts write to. */
export const logEntries = (doc: Y.Doc) => doc.getArray<string>("log").toArray();

/**
 * Every `everyMs`, each writer appends one entry `<writer>:<round>` to the shared log, whether
 * or not its connection is up (as a person keeps typing). `stop()` ends the burst and says how
 * many entries were written in all.
 */
export function startBurst(writers: readonly TestClient[], everyMs: number) {
  let rounds = 0;
  const timer = setInterval(() => {
    writers.forEach((writer, w) => {
      writer.doc.getArray<string>("log").push([`${w}:${rounds}`]);
    });
    rounds++;
  }, everyMs);
  return {
    get rounds() {
      return rounds;
    },
    stop(): number {
      clearInterval(timer);
      return rounds * writers.length;
    },
  };
}

/** Whether `doc` holds exactly `expected` distinct entries. */
export function holdsAll(doc: Y.Doc, expected: number): boolean {
  const entries = logEntries(doc);
  return entries.length === expected && new Set(entries).size === expected;
}

export const sortedEntries = (doc: Y.Doc) => [...logEntries(doc)].sort();
