import {
  BOARD_COLLECTIONS,
  BOARD_META,
  type BoardFrame,
  type BoardLocks,
  type BoardRuleContext,
  boardCollection,
  checkBoardEdit,
  NO_LOCKS,
  type RefusalRule,
  readLocks,
} from "@tavolo/shared";
import * as Y from "yjs";
import { recordEdits } from "./record-edits.ts";
import type { RoomRules } from "./room-rules.ts";
import type { ItemChange } from "./update-changes.ts";

const BOARD_ROOTS = new Set<string>([...BOARD_COLLECTIONS, BOARD_META]);

/**
 * The board room's rules (shared/src/board/board-rules.ts), with the locks read from the
 * board's control room, which the server keeps loaded beside it. Facilitators may do anything
 * but write another person's name on a note.
 */
export function boardRoomRules(control: () => Y.Doc | null): RoomRules {
  return {
    check(doc, changes, actor) {
      if (changes.length === 0) return null;
      if (changes.some((change) => !BOARD_ROOTS.has(change.container[0] ?? ""))) {
        return actor.role === "facilitatore" ? null : "unknown-content";
      }
      let context: BoardRuleContext | null = null;
      const contextOf = (): BoardRuleContext => {
        const controlDoc = control();
        const locks: BoardLocks = controlDoc ? readLocks(controlDoc) : NO_LOCKS;
        context ??= { locks, frames: frameRects(doc) };
        return context;
      };
      return firstRefusal(doc, changes, (edit) => {
        if (edit.deep && actor.role !== "facilitatore") return "unknown-content";
        return checkBoardEdit(actor, { ...edit, collection: edit.root }, contextOf());
      });
    },
  };
}

function firstRefusal(
  doc: Y.Doc,
  changes: readonly ItemChange[],
  check: (edit: ReturnType<typeof recordEdits>[number]) => RefusalRule | null,
): RefusalRule | null {
  for (const edit of recordEdits(doc, changes)) {
    const refusal = check(edit);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * The frames' places, read field by field: the rules need nothing else, and checking every
 * frame against its schema on every note move costs more than the rest of the check.
 */
function frameRects(doc: Y.Doc): BoardFrame[] {
  const frames: BoardFrame[] = [];
  for (const [id, fields] of boardCollection(doc, "frames")) {
    if (!(fields instanceof Y.Map)) continue;
    const [x, y, w, h] = ["x", "y", "w", "h"].map((key) => fields.get(key));
    if (typeof x !== "number" || typeof y !== "number") continue;
    if (typeof w !== "number" || typeof h !== "number") continue;
    frames.push({ id, x, y, w, h, title: "", prompt: "", colour: null });
  }
  return frames;
}
