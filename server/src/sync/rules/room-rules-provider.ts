import { boardControlRoom, parseBoardRoom, type RoomName } from "@tavolo/shared";
import { boardRecord } from "../../boards/board-access.ts";
import type { MembershipRecord } from "../../db/data.ts";
import type { Database } from "../../db/database.ts";
import { sectionStatusOf } from "../../documents/section-status-store.ts";
import { membershipOf } from "../../procedures/access.ts";
import type { Peer } from "../peer.ts";
import type { Room } from "../room.ts";
import { ballotRoomRules } from "./ballot-room-rules.ts";
import { boardRoomRules } from "./board-room-rules.ts";
import { documentRoomRules } from "./document-room-rules.ts";
import type { LoadedRules, RoomActor } from "./room-rules.ts";

/** How the rules hold another room open while theirs is loaded (the registry's join/leave). */
export interface RoomHolder {
  hold(name: RoomName): Promise<{ room: Room; release(): void }>;
}

/** Finds the rules of a room being loaded; null for a room without rules of its own. */
export type RoomRulesProvider = (name: RoomName, holder: RoomHolder) => Promise<LoadedRules | null>;

/**
 * A board room follows the board rules, with its control room held open for the locks; its
 * private and organisation rooms hold ballots (ballot-room-rules.ts), with the control room held
 * open for the votes; the control room needs none beyond who may open it for writing.
 * Every other room of a procedure follows the document rules (comments, sections).
 */
export function roomRulesProvider(db: Database): RoomRulesProvider {
  return async (name, holder) => {
    const board = parseBoardRoom(name);
    if (board?.kind === "private" || board?.kind === "organisation") {
      const procedureId = boardRecord(db.data, board.boardId)?.procedureId;
      if (!procedureId) return null;
      const control = await holder.hold(boardControlRoom(board.boardId));
      const rules = ballotRoomRules(() =>
        control.room.state === "closed" ? null : control.room.doc,
      );
      return { rules, actorOf: actorLookup(db, procedureId), release: control.release };
    }
    if (name.includes(":")) return null;
    const boardRecordFound = board ? boardRecord(db.data, board.boardId) : null;
    const procedureId = boardRecordFound?.procedureId ?? db.data.workspaceRooms[name]?.procedureId;
    if (!procedureId) return null;
    const actorOf = actorLookup(db, procedureId);
    if (!boardRecordFound) {
      const rules = documentRoomRules((key) => sectionStatusOf(db.data, name, key));
      return { rules, actorOf, release: () => undefined };
    }
    const control = await holder.hold(boardControlRoom(name));
    const rules = boardRoomRules(() => (control.room.state === "closed" ? null : control.room.doc));
    return { rules, actorOf, release: control.release };
  };
}

/**
 * The connection's person in the procedure, looked up once per connection: a change of role or
 * a revocation closes the person's connections (CloseCode.accessChanged), so a connection's
 * membership never goes stale.
 */
function actorLookup(db: Database, procedureId: string): (peer: Peer) => RoomActor | null {
  const known = new WeakMap<Peer, MembershipRecord | null>();
  return (peer) => {
    let membership = known.get(peer);
    if (membership === undefined) {
      membership = membershipOf(db.data, procedureId, peer.personId) ?? null;
      known.set(peer, membership);
    }
    // The name is read each time: a person may rename themselves while connected.
    const person = db.data.people[peer.personId];
    if (!membership || !person) return null;
    return {
      personId: peer.personId,
      displayName: person.displayName,
      role: membership.role,
      organisationId: membership.organisationId,
    };
  };
}
