import { DOCUMENT_BLOCKS, DOCUMENT_NODE, documentContent, type RefusalRule } from "@tavolo/shared";
import * as Y from "yjs";
import type { RoomActor } from "./room-rules.ts";
import { ItemFinder, sectionsOfChange } from "./section-of-change.ts";
import { type ExcusedTexts, isExcused, type SectionStatusOf } from "./section-rules.ts";
import { rightNeeded } from "./suggestion-changes.ts";
import type { ItemChange } from "./update-changes.ts";

/** The section a structured block (cronoprogramma, piano economico) sits in, if any. */
function sectionOfBlock(doc: Y.Doc, blockId: string): string | null {
  let current: string | null = null;
  for (const node of documentContent(doc).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === DOCUMENT_NODE.sectionHeading) {
      const key = node.getAttribute("sectionKey");
      current = typeof key === "string" ? key : null;
    } else if (
      node.nodeName === DOCUMENT_NODE.structuredBlock &&
      node.getAttribute("blockId") === blockId
    ) {
      return current;
    }
  }
  return null;
}

/**
 * Refuses direct writing in a closed section, whoever does it: its text (section-of-change.ts
 * resolves which sections a change touches, against the server's copy; suggestion work is
 * left to section-rules.ts, where a closed section takes suggestions and only facilitators
 * settle them) and its structured blocks, which have no suggestions. From the moment a
 * facilitator closes a section nobody writes it directly until a facilitator reopens it.
 */
export function closedSectionRefusal(
  doc: Y.Doc,
  changes: readonly ItemChange[],
  statusOf: SectionStatusOf,
  actor: RoomActor,
  excused: ExcusedTexts = new Set(),
): RefusalRule | null {
  const closed = (key: string | null) => key !== null && statusOf(key) === "chiusa";
  let finder: ItemFinder | null = null;
  for (const change of changes) {
    const root = change.container[0];
    if (root === DOCUMENT_BLOCKS) {
      const blockId = change.container[1] ?? change.key;
      if (blockId && closed(sectionOfBlock(doc, blockId))) return "section-closed";
      continue;
    }
    finder ??= new ItemFinder(doc, changes);
    if (excused.size > 0 && isExcused(change, finder, excused)) continue;
    const keys = sectionsOfChange(doc, change, finder);
    if (keys.some(closed) && rightNeeded(change, actor, finder) === "direct") {
      return "section-closed";
    }
  }
  return null;
}
