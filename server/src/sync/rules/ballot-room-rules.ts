import { BALLOTS_MAP, checkBallotEdit, readVote } from "@tavolo/shared";
import type * as Y from "yjs";
import type { RoomRules } from "./room-rules.ts";

/**
 * The rules of a board's private or organisation room (shared/src/board/ballot-rules.ts): its
 * ballot's dots are the connection's person's and within the open vote's budget, read from the
 * board's control room, which the server keeps loaded beside it. The room's other content (a
 * person's hidden drafts) is only ever its owners'.
 */
export function ballotRoomRules(control: () => Y.Doc | null): RoomRules {
  return {
    check(doc, changes, actor) {
      const set = new Map<string, unknown>();
      const deleted = new Set<string>();
      for (const change of changes) {
        if (change.container[0] !== BALLOTS_MAP) continue;
        if (change.container.length > 1 || change.key === null) return "unknown-content";
        if (change.op === "delete") deleted.add(change.key);
        // A value written and overwritten within the same update arrives already deleted.
        else if (change.values.length > 0) set.set(change.key, change.values[0]);
      }
      if (set.size === 0) return null;
      const controlDoc = control();
      const stored = doc.getMap<unknown>(BALLOTS_MAP);
      return checkBallotEdit(actor, new Map(stored.entries()), { set, deleted }, (voteId) =>
        controlDoc ? readVote(controlDoc, voteId) : null,
      );
    },
  };
}
