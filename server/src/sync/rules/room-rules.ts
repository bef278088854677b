import type { RefusalRule, Role } from "@tavolo/shared";
import type * as Y from "yjs";
import type { Peer } from "../peer.ts";
import type { ItemChange } from "./update-changes.ts";
import { updateChanges } from "./update-changes.ts";

/** The connection's person as every room rule sees them: from the membership, never the doc. */
export interface RoomActor {
  personId: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
}

/**
 * The rules of one room: asked about every update before it is applied, stored or relayed.
 * `changes` are resolved against `doc`, the server's copy (update-changes.ts).
 */
export interface RoomRules {
  check(
    doc: Y.Doc,
    changes: readonly ItemChange[],
    actor: RoomActor,
    /** The update itself, for rules that read its result (rendered-suggestion.ts). */
    update?: Uint8Array,
  ): RefusalRule | null;
}

/** Rules bound to a loaded room, with what they hold open (a board's control room). */
export interface LoadedRules {
  rules: RoomRules;
  /** Who the connection's person is in the room's procedure; null once they are not a member. */
  actorOf(peer: Peer): RoomActor | null;
  release(): void;
}

/**
 * Checks one update against `loaded`: the rule it breaks, or null. An update that refers to
 * content the server does not have cannot be checked and is refused.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  peer: Peer,
  loaded: LoadedRules,
): RefusalRule | null {
  const actor = loaded.actorOf(peer);
  if (!actor) return "not-author";
  const resolved = updateChanges(doc, update);
  if (!resolved.ok) return "unverifiable";
  return loaded.rules.check(doc, resolved.changes, actor, update);
}
