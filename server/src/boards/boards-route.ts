import { CloseCode, type Role, RoomNameSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember, requirePerson } from "../procedures/access.ts";
import { recordAudit } from "../procedures/audit.ts";
import { type ApiDeps, checkedEditor } from "../procedures/deps.ts";
import { boardRecord, decideBoardRoom } from "./board-access.ts";
import { boardMembers, closeBoardVote, revealBoard } from "./board-actions.ts";
import { boardInfo } from "./board-info.ts";
import { writeBoardLock } from "./board-lock.ts";

const TokenRequestSchema = z.object({ room: RoomNameSchema });
const LockSchema = z.object({ locked: z.boolean() });
const CloseVoteSchema = z.object({ voteId: z.string().min(1).max(64).nullable().default(null) });

/**
 * `/api/boards/:boardId`: what a board page needs to open its rooms, tokens for the board's side
 * rooms, and the two acts only the server can do — reveal private notes and count a vote —
 * both for facilitators only.
 */
export function boardsRoute({ db, tokens, rooms, disconnect }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", async (c, next) => {
    requirePerson(c);
    await next();
  });
  const member = (c: Parameters<typeof readId>[0], role?: Role) => {
    const board = boardRecord(db.data, readId(c, "boardId"));
    if (!board) throw new ApiError(404, "board: not found");
    const context = requireMember(c, db.data, board.procedureId);
    if (role && context.membership.role !== role) {
      throw new ApiError(403, "only a facilitator may do this on a board");
    }
    return { board, ...context };
  };

  route.get("/:boardId", (c) => {
    const { board, person, membership } = member(c);
    return c.json(boardInfo(db.data, board, person, membership));
  });

  route.post("/:boardId/token", async (c) => {
    const { board, person } = member(c);
    const { room } = await readBody(c, TokenRequestSchema);
    const decision = decideBoardRoom(db.data, room, person.id);
    if (decision.kind === "refused") throw new ApiError(decision.status, decision.error);
    if (decision.board.id !== board.id) throw new ApiError(400, "room: not a room of this board");
    const { token, expiresAt } = tokens.issue(person.id, room);
    return c.json({ token, room, expiresAt: expiresAt.toISOString() }, 201);
  });

  route.post("/:boardId/reveal", async (c) => {
    const { board, person } = member(c, "facilitatore");
    const checked = checkedEditor(rooms, () => member(c, "facilitatore"));
    const revealed = await revealBoard(checked, db.data, board, Date.now());
    await db.change((data) => {
      recordAudit(data, board.procedureId, person, "board.revealed", {
        board: board.title,
        notes: revealed.length,
      });
    });
    return c.json({ revealed });
  });

  route.post("/:boardId/lock", async (c) => {
    const { board, person } = member(c, "facilitatore");
    const { locked } = await readBody(c, LockSchema);
    await writeBoardLock(
      checkedEditor(rooms, () => member(c, "facilitatore")),
      board.id,
      locked,
    );
    // Connections were opened under the old lock: the others reconnect under the new one.
    for (const m of boardMembers(db.data, board.procedureId)) {
      if (m.role === "osservatore" || m.role === "facilitatore") continue;
      disconnect(m.personId, [board.id], CloseCode.accessChanged, "the board was (un)locked");
    }
    await db.change((data) => {
      const action = locked ? "board.locked" : "board.unlocked";
      recordAudit(data, board.procedureId, person, action, { board: board.title });
    });
    return c.json({ locked });
  });

  route.post("/:boardId/votes/close", async (c) => {
    const { board, person } = member(c, "facilitatore");
    const { voteId } = await readBody(c, CloseVoteSchema);
    const checked = checkedEditor(rooms, () => member(c, "facilitatore"));
    const session = await closeBoardVote(checked, db.data, board, voteId, Date.now());
    if (!session) throw new ApiError(404, "vote: none open on this board");
    await db.change((data) => {
      recordAudit(data, board.procedureId, person, "board.voteClosed", {
        board: board.title,
        ballots: session.results?.ballots ?? 0,
      });
    });
    return c.json(session);
  });

  return route;
}
