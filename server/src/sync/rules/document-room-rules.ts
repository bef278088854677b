import {
  checkThreadEdit,
  DEFAULT_SECTION_STATUS,
  DOCUMENT_COMMENTS,
  DOCUMENT_CONTENT_FIELD,
  DOCUMENT_SECTIONS,
  type RefusalRule,
  readSectionMeta,
  sectionRights,
} from "@tavolo/shared";
import * as Y from "yjs";
import { closedSectionRefusal } from "./closed-section.ts";
import { recordEdits } from "./record-edits.ts";
import { textsSuggestedAsRead } from "./rendered-suggestion.ts";
import type { RoomActor, RoomRules } from "./room-rules.ts";
import { ItemFinder, sectionOfStoredType } from "./section-of-change.ts";
import {
  type ExcusedTexts,
  type SectionStatusOf,
  sectionAssignmentRule,
  sectionTextRule,
} from "./section-rules.ts";
import type { ItemChange } from "./update-changes.ts";

/**
 * The rule of one top-level type of a document: `changes` all lie under it. A root without an
 * entry is written freely by anyone who may write the room.
 */
type RootRule = (
  doc: Y.Doc,
  changes: readonly ItemChange[],
  actor: RoomActor,
) => RefusalRule | null;

/** Comment threads: see shared/src/proposal/comment-rules.ts. */
const commentsRule: RootRule = (doc, changes, actor) => {
  for (const edit of recordEdits(doc, changes)) {
    if (edit.deep) return "unknown-content";
    const thread = doc.getMap<unknown>(DOCUMENT_COMMENTS).get(edit.id);
    const stored = thread instanceof Y.Map ? thread.get("replies") : undefined;
    const replies = stored instanceof Y.Array ? stored.toArray() : [];
    const refusal = checkThreadEdit(
      actor,
      {
        ...edit,
        repliesAdded: edit.added.get("replies") ?? [],
        repliesRemoved: edit.removed.get("replies") ?? [],
      },
      replies,
    );
    if (refusal) return refusal;
  }
  return null;
};

/**
 * The rules of a document room (and of any other room that is not a board's); `statusOf` is
 * the sections' sign-off as the server records it: direct writing in a closed section is
 * refused first, with its own reason (closed-section.ts), then the section rules apply.
 */
export function documentRoomRules(statusOf?: SectionStatusOf): RoomRules {
  const judge = (
    doc: Y.Doc,
    changes: readonly ItemChange[],
    actor: RoomActor,
    excused: ExcusedTexts,
  ): RefusalRule | null => {
    const DOCUMENT_ROOT_RULES: Readonly<Record<string, RootRule>> = {
      [DOCUMENT_COMMENTS]: commentsRule,
      [DOCUMENT_CONTENT_FIELD]: sectionTextRule(statusOf, excused),
      [DOCUMENT_SECTIONS]: sectionAssignmentRule,
    };
    const closed = statusOf ? closedSectionRefusal(doc, changes, statusOf, actor, excused) : null;
    if (closed) return closed;
    const byRoot = new Map<string, ItemChange[]>();
    for (const change of changes) {
      const root = change.container[0] ?? "";
      if (!(root in DOCUMENT_ROOT_RULES)) continue;
      const list = byRoot.get(root);
      if (list) list.push(change);
      else byRoot.set(root, [change]);
    }
    for (const [root, list] of byRoot) {
      const refusal = DOCUMENT_ROOT_RULES[root]?.(doc, list, actor);
      if (refusal) return refusal;
    }
    return null;
  };
  return {
    check(doc, changes, actor, update) {
      const refusal = judge(doc, changes, actor, new Set());
      if ((refusal !== "section-owned" && refusal !== "section-closed") || !update) return refusal;
      // Text the editor binding wrote oddly may still read as a suggestion (rendered-suggestion.ts).
      const maySuggestIn = (text: Y.XmlText) => {
        const key = sectionOfStoredType(doc, text);
        if (key === undefined) return false;
        const status = key === null || !statusOf ? DEFAULT_SECTION_STATUS : statusOf(key);
        const owner = key === null ? null : readSectionMeta(doc, key).assignedOrganisationId;
        return sectionRights(status, owner, actor).suggest;
      };
      const finder = new ItemFinder(doc, changes);
      const excused = textsSuggestedAsRead(doc, update, changes, actor, finder, maySuggestIn);
      return excused.size === 0 ? refusal : judge(doc, changes, actor, excused);
    },
  };
}
