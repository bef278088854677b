import type * as Y from "yjs";
import { z } from "zod";
import { ItemIdSchema, TimestampSchema } from "./board-shape.ts";
import { ControlKey, controlMap, readControlValue } from "./control-shape.ts";
import { CoordinateSchema, ViewportSchema } from "./geometry.ts";

/**
 * What each client publishes in the board room's awareness: who it is, where its pointer and
 * screen are, what it selected and whom it follows. It never carries note text (a person typing
 * a hidden note publishes only the note id in `editing`). The `user` field keeps the `name` and
 * `color` the existing presence list reads.
 */
export const BoardPresenceSchema = z.object({
  user: z.object({
    personId: ItemIdSchema,
    name: z.string().max(80),
    color: z.string().max(32),
    organisationId: ItemIdSchema.nullable().default(null),
  }),
  /** Pointer position in board coordinates; null when the pointer is off the board. */
  cursor: z.object({ x: CoordinateSchema, y: CoordinateSchema }).nullable().default(null),
  selection: z.array(ItemIdSchema).max(500).default([]),
  /** The part of the board this client shows: what followers copy. */
  viewport: ViewportSchema.nullable().default(null),
  /** The person this client follows, if any, so the leader can see who is with them. */
  following: ItemIdSchema.nullable().default(null),
  /** The note being typed in, to show "Anna sta scrivendo…" and avoid two people editing it. */
  editing: ItemIdSchema.nullable().default(null),
});
export type BoardPresence = z.infer<typeof BoardPresenceSchema>;

/** Awareness states come from other clients: keep only well-formed ones, by client id. */
export function readPresences(
  states: ReadonlyMap<number, unknown>,
): { clientId: number; presence: BoardPresence }[] {
  const valid: { clientId: number; presence: BoardPresence }[] = [];
  for (const [clientId, state] of [...states].sort(([a], [b]) => a - b)) {
    const parsed = BoardPresenceSchema.safeParse(state);
    if (parsed.success) valid.push({ clientId, presence: parsed.data });
  }
  return valid;
}

/**
 * "Segui me": the facilitator who leads, kept in the control room so that only a facilitator can
 * make everyone follow (an awareness flag could be set by anyone). The leader's viewport itself
 * travels in awareness, where it can change many times a second without touching a document.
 */
export const FollowMeSchema = z
  .object({ leaderId: ItemIdSchema, leaderName: z.string().max(80), since: TimestampSchema })
  .nullable();
export type FollowMe = z.infer<typeof FollowMeSchema>;

export function readFollowMe(control: Y.Doc): FollowMe {
  return readControlValue(controlMap(control), ControlKey.followMe, FollowMeSchema, null);
}

/** Asks everyone to follow `leader` (facilitators, through the control room). */
export function startFollowMe(
  control: Y.Doc,
  leader: { personId: string; name: string },
  now: number,
): void {
  const value = { leaderId: leader.personId, leaderName: leader.name, since: toIso(now) };
  controlMap(control).set(ControlKey.followMe, FollowMeSchema.parse(value));
}

export function stopFollowMe(control: Y.Doc): void {
  controlMap(control).delete(ControlKey.followMe);
}

function toIso(now: number): string {
  return new Date(now).toISOString();
}

/**
 * Whom this client should follow: the leader of a follow-me in progress — unless it is the
 * leader, or its person chose to look around on their own (`optedOut`) — or else whoever the
 * person chose to follow themselves.
 */
export function followTarget(
  followMe: FollowMe,
  self: { personId: string; optedOut: boolean; chosen: string | null },
): string | null {
  if (followMe && followMe.leaderId !== self.personId && !self.optedOut) return followMe.leaderId;
  return self.chosen === self.personId ? null : self.chosen;
}

/**
 * The viewport to copy when following `personId`. Someone with two tabs open has two states: the
 * one with the highest client id wins, the same on every follower.
 */
export function viewportOf(
  presences: readonly { clientId: number; presence: BoardPresence }[],
  personId: string,
): BoardPresence["viewport"] {
  const theirs = presences.filter(
    (entry) => entry.presence.user.personId === personId && entry.presence.viewport,
  );
  return theirs.at(-1)?.presence.viewport ?? null;
}

/** How many people currently follow `personId`, for the leader's "12 ti seguono". */
export function followerCount(
  presences: readonly { clientId: number; presence: BoardPresence }[],
  personId: string,
): number {
  const people = new Set<string>();
  for (const { presence } of presences) {
    if (presence.following === personId && presence.user.personId !== personId) {
      people.add(presence.user.personId);
    }
  }
  return people.size;
}
