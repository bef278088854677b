import type * as Y from "yjs";
import { z } from "zod";
import { boardOrganisationRoom, boardPrivateRoom } from "./board-rooms.ts";
import {
  type CreateOptions,
  ItemIdSchema,
  resolveCreateOptions,
  TimestampSchema,
} from "./board-shape.ts";
import { controlVotes } from "./control-shape.ts";
import { compareIds } from "./geometry.ts";

/**
 * Dot voting, phase one: the session as the control room holds it. Ballots live elsewhere
 * (ballots.ts) — in rooms only their owner can open — and the server counts them when the
 * facilitator closes the vote (tally.ts), writing only the totals here. So while a vote is open
 * no client, facilitators included, can read anyone else's dots.
 */
export const VOTES_PER_BALLOT_MAX = 50;

/** A vote on the whole board, or only on the notes of one frame. */
export const VoteScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("board") }),
  z.object({ kind: z.literal("frame"), frameId: ItemIdSchema }),
]);
export type VoteScope = z.infer<typeof VoteScopeSchema>;

/** Whose dots: each person has N, or each organisation has N shared by its members. */
export const VoteModeSchema = z.enum(["persona", "organizzazione"]);
export type VoteMode = z.infer<typeof VoteModeSchema>;

export const VoteResultsSchema = z.object({
  /** Note id -> dots counted. Notes with no dot are absent. */
  counts: z.record(z.string(), z.number().int().min(0)),
  /** Ballots with at least one counted dot: how many people (or organisations) took part. */
  ballots: z.number().int().min(0),
  /** Dots not counted: over a limit, on a deleted or hidden note, or outside the scope. */
  discarded: z.number().int().min(0),
});
export type VoteResults = z.infer<typeof VoteResultsSchema>;

export const VoteSessionSchema = z.object({
  id: ItemIdSchema,
  title: z.string().max(200).default(""),
  scope: VoteScopeSchema,
  mode: VoteModeSchema,
  votesPerBallot: z.number().int().min(1).max(VOTES_PER_BALLOT_MAX),
  /** How many of one ballot's dots may go on the same note; null = no limit but the total. */
  maxPerNote: z.number().int().min(1).max(VOTES_PER_BALLOT_MAX).nullable().default(null),
  status: z.enum(["open", "closed"]),
  openedAt: TimestampSchema,
  openedBy: ItemIdSchema,
  closedAt: TimestampSchema.nullable().default(null),
  /** Null while open: totals exist only once the server has counted the closed ballots. */
  results: VoteResultsSchema.nullable().default(null),
});
export type VoteSession = z.infer<typeof VoteSessionSchema>;

export const OpenVoteSchema = VoteSessionSchema.pick({
  title: true,
  scope: true,
  mode: true,
  votesPerBallot: true,
  maxPerNote: true,
});
export type OpenVote = z.input<typeof OpenVoteSchema>;

export function readVotes(control: Y.Doc): VoteSession[] {
  const sessions: VoteSession[] = [];
  for (const value of controlVotes(control).values()) {
    const parsed = VoteSessionSchema.safeParse(value);
    if (parsed.success) sessions.push(parsed.data);
  }
  return sessions.sort((a, b) => compareIds(a.openedAt, b.openedAt) || compareIds(a.id, b.id));
}

export function readVote(control: Y.Doc, voteId: string): VoteSession | null {
  const parsed = VoteSessionSchema.safeParse(controlVotes(control).get(voteId));
  return parsed.success ? parsed.data : null;
}

/** The vote in progress, if any: there is at most one, so "place a dot" is never ambiguous. */
export function currentVote(control: Y.Doc): VoteSession | null {
  return readVotes(control).find((session) => session.status === "open") ?? null;
}

/** The most recently closed vote, whose totals the board shows and exports. */
export function latestClosedVote(control: Y.Doc): VoteSession | null {
  return readVotes(control).findLast((session) => session.status === "closed") ?? null;
}

/** Opens a vote (facilitators, through the control room). Null while another is still open. */
export function openVote(
  control: Y.Doc,
  input: OpenVote,
  openedBy: string,
  options?: CreateOptions,
): VoteSession | null {
  if (currentVote(control)) return null;
  const { id, createdAt } = resolveCreateOptions(options);
  const session = VoteSessionSchema.parse({
    ...OpenVoteSchema.parse(input),
    id,
    status: "open",
    openedAt: createdAt,
    openedBy,
  });
  controlVotes(control).set(session.id, session);
  return session;
}

/**
 * Marks a vote closed with its totals. Only the server can compute them (it alone reads every
 * ballot room), so this is called by the server: see `closeVoteFromBallots`.
 */
export function closeVote(
  control: Y.Doc,
  voteId: string,
  results: VoteResults,
  now: number,
): VoteSession | null {
  const session = readVote(control, voteId);
  if (!session || session.status === "closed") return session;
  const closed = VoteSessionSchema.parse({
    ...session,
    status: "closed",
    closedAt: new Date(now).toISOString(),
    results,
  });
  controlVotes(control).set(voteId, closed);
  return closed;
}

/** Drops a vote and its totals, e.g. one opened by mistake. */
export function deleteVote(control: Y.Doc, voteId: string): void {
  controlVotes(control).delete(voteId);
}

/** Who votes: a person in "persona" mode, their organisation in "organizzazione" mode. */
export type BallotOwner = { kind: "person"; id: string } | { kind: "organisation"; id: string };

/**
 * Whose ballot a member fills in this vote; null when they cannot vote (an observer, or someone
 * with no organisation in a per-organisation vote).
 */
export function ballotOwner(
  session: Pick<VoteSession, "mode">,
  member: { personId: string; organisationId: string | null; role: string },
): BallotOwner | null {
  if (member.role === "osservatore") return null;
  if (session.mode === "persona") return { kind: "person", id: member.personId };
  return member.organisationId ? { kind: "organisation", id: member.organisationId } : null;
}

/** The room holding that ballot: the owner's private room or the organisation's room. */
export function ballotRoom(boardId: string, owner: BallotOwner): string {
  return owner.kind === "person"
    ? boardPrivateRoom(boardId, owner.id)
    : boardOrganisationRoom(boardId, owner.id);
}

/**
 * The ballot rooms the server loads to count a vote: one per member's private room, or one per
 * organisation that has voting members. Rooms never opened simply hold no ballot.
 */
export function ballotRoomsToCount(
  boardId: string,
  session: Pick<VoteSession, "mode">,
  members: readonly { personId: string; organisationId: string | null; role: string }[],
): string[] {
  const rooms = new Set<string>();
  for (const member of members) {
    const owner = ballotOwner(session, member);
    if (owner) rooms.add(ballotRoom(boardId, owner));
  }
  return [...rooms].sort();
}
