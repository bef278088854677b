import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { RoomActor } from "./room-rules.ts";

/**
 * Presence is who someone appears to be to everyone in the room, so its identity fields come
 * from the connection, like a note's author: the server rewrites `user.personId`, `user.name`
 * and `user.organisationId` of every state a client publishes (rewriting rather than refusing,
 * as presence is no record and a client renamed a moment ago is not lying). A state for a
 * client id another connection controls is dropped: it would replace that person's presence.
 */
export function rewritePresence(
  update: Uint8Array,
  actor: RoomActor,
  controlledByOthers: (clientId: number) => boolean,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  const entries: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (controlledByOthers(clientId)) continue;
    entries.push({ clientId, clock, state: withIdentity(state, actor) });
  }
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

function withIdentity(json: string, actor: RoomActor): string {
  const state: unknown = JSON.parse(json);
  if (typeof state !== "object" || state === null || !("user" in state)) return json;
  const user = (state as { user: unknown }).user;
  const fields = typeof user === "object" && user !== null ? user : {};
  return JSON.stringify({
    ...state,
    user: {
      ...fields,
      personId: actor.personId,
      name: actor.displayName,
      organisationId: actor.organisationId,
    },
  });
}
