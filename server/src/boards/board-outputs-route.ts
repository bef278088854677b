import { BoardIdSchema, type BoardOutputsResponse, formatIssues } from "@tavolo/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError } from "../http/api-error.ts";
import { requireMember, requirePerson } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { boardRecord } from "./board-access.ts";
import { readBoardOutputs } from "./board-outputs-read.ts";

const ParamsSchema = z.object({
  pid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a valid id"),
  boardId: BoardIdSchema,
});

/**
 * `/api/procedures/:pid/boards/:boardId/outputs`: what "Inserisci dalla lavagna" offers — each
 * cluster, each frame and the top-voted notes of the latest closed vote, with attribution —
 * for every member who may read the board.
 */
export function boardOutputsRoute({ db, rooms }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().get("/:boardId/outputs", async (c) => {
    requirePerson(c);
    const params = ParamsSchema.safeParse(c.req.param());
    if (!params.success) throw new ApiError(400, formatIssues(params.error));
    const { pid, boardId } = params.data;
    requireMember(c, db.data, pid);
    const board = boardRecord(db.data, boardId);
    if (!board || board.procedureId !== pid) throw new ApiError(404, "board: not found");
    const outputs = await readBoardOutputs(rooms, db.data, board);
    const body: BoardOutputsResponse = { board: { id: board.id, title: board.title }, outputs };
    return c.json(body);
  });
}
