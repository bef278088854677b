import {
  canFacilitate,
  DEFAULT_SECTION_STATUS,
  type RefusalRule,
  readSectionMeta,
  type SectionRights,
  type SectionStatus,
  sectionRights,
} from "@tavolo/shared";
import type * as Y from "yjs";
import { storedTextOf } from "./rendered-suggestion.ts";
import type { RoomActor } from "./room-rules.ts";
import { ItemFinder, type SectionKey, sectionsOfChange } from "./section-of-change.ts";
import { forgesSuggestion, rightNeeded } from "./suggestion-changes.ts";
import type { ItemChange } from "./update-changes.ts";

/** A section's sign-off state as the server records it (in-scrittura when none). */
export type SectionStatusOf = (sectionKey: string) => SectionStatus;

type Rule = (doc: Y.Doc, changes: readonly ItemChange[], actor: RoomActor) => RefusalRule | null;

/** Paragraph texts whose changes are already judged as read (rendered-suggestion.ts). */
export type ExcusedTexts = ReadonlySet<Y.XmlText>;

/**
 * The document's text (`content`): each change is checked in every section it touches
 * (section-of-change.ts) against what the actor may do there (shared `sectionRights`: the
 * owner organisation's people and facilitators write directly, the others suggest, a closed
 * section takes only suggestions), with the right the change needs (suggestion-changes.ts).
 * Assignment is read from the server's `sections` map, which only facilitators write.
 */
export function sectionTextRule(
  statusOf: SectionStatusOf = () => DEFAULT_SECTION_STATUS,
  excused: ExcusedTexts = new Set(),
): Rule {
  return (doc, changes, actor) => {
    const finder = new ItemFinder(doc, changes);
    const rights = new Map<SectionKey, SectionRights>();
    const rightsIn = (key: SectionKey): SectionRights => {
      let found = rights.get(key);
      if (!found) {
        found =
          key === null
            ? sectionRights(DEFAULT_SECTION_STATUS, null, actor)
            : sectionRights(statusOf(key), readSectionMeta(doc, key).assignedOrganisationId, actor);
        rights.set(key, found);
      }
      return found;
    };
    if (changes.some((change) => forgesSuggestion(change, actor, finder))) return "identity";
    for (const change of changes) {
      if (excused.size > 0 && isExcused(change, finder, excused)) continue;
      const keys = sectionsOfChange(doc, change, finder);
      if (keys.every((key) => rightsIn(key).writeDirectly)) continue;
      const needed = rightNeeded(change, actor, finder);
      for (const key of keys) {
        const held = rightsIn(key);
        const allowed =
          held.writeDirectly ||
          (needed === "suggest" && held.suggest) ||
          (needed === "review" && held.review);
        if (!allowed) return "section-owned";
      }
    }
    return null;
  };
}

/** Whether `change` lies in a text already judged as read. */
export function isExcused(change: ItemChange, finder: ItemFinder, excused: ExcusedTexts): boolean {
  const text = storedTextOf(change, finder);
  return text !== null && excused.has(text);
}

/** Who writes which section, and its limit (the `sections` map): facilitators only. */
export const sectionAssignmentRule: Rule = (_doc, changes, actor) =>
  changes.length === 0 || canFacilitate(actor.role) ? null : "facilitators-only";
