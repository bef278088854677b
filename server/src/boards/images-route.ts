import {
  BOARD_IMAGE_MAX_BYTES,
  BoardIdSchema,
  canEdit,
  formatIssues,
  ImageHashSchema,
  NO_LOCKS,
  sniffImageType,
} from "@tavolo/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { boardRecord } from "./board-access.ts";
import type { BoardImageStore } from "./images-store.ts";

const BoardParamsSchema = z.object({
  pid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a valid id"),
  boardId: BoardIdSchema,
});
const ImageParamsSchema = BoardParamsSchema.extend({ hash: ImageHashSchema });

/** A year: a photo's URL names its content, so it never changes. */
const IMMUTABLE = "private, max-age=31536000, immutable";

/**
 * `/api/procedures/:pid/boards/:boardId/images`: POST a photo's bytes (PNG, JPEG or WebP, up to
 * 5 MB, recognised by their first bytes) and get its hash back, to place it on the board;
 * GET `/:hash` serves it to members of the board's procedure only, cached for good.
 */
export function boardImagesRoute(deps: ApiDeps, store: BoardImageStore): Hono<AuthEnv> {
  const boardOf = (pid: string, boardId: string) => {
    const board = boardRecord(deps.db.data, boardId);
    if (!board || board.procedureId !== pid) throw new ApiError(404, "board: not found");
    return board;
  };
  return new Hono<AuthEnv>()
    .post("/:boardId/images", async (c) => {
      const params = BoardParamsSchema.safeParse(c.req.param());
      if (!params.success) throw new ApiError(400, formatIssues(params.error));
      const { pid, boardId } = params.data;
      const member = requireMember(c, deps.db.data, pid);
      boardOf(pid, boardId);
      const actor = { personId: member.person.id, role: member.membership.role };
      const target = { kind: "note" as const, authorId: null, frameId: null };
      if (!canEdit(actor, "create", target, NO_LOCKS)) {
        throw new ApiError(403, "your role may not add photos to this board");
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw new ApiError(400, "body: the photo is empty");
      if (bytes.length > BOARD_IMAGE_MAX_BYTES) {
        throw new ApiError(413, `body: a photo may be up to ${BOARD_IMAGE_MAX_BYTES} bytes`);
      }
      const type = sniffImageType(bytes);
      if (!type) throw new ApiError(415, "body: only PNG, JPEG and WebP photos are accepted");
      const hash = await store.put(boardId, type, bytes);
      return c.json({ hash, type }, 201);
    })
    .get("/:boardId/images/:hash", async (c) => {
      const params = ImageParamsSchema.safeParse(c.req.param());
      if (!params.success) throw new ApiError(400, formatIssues(params.error));
      const { pid, boardId, hash } = params.data;
      requireMember(c, deps.db.data, pid);
      boardOf(pid, boardId);
      const image = await store.get(boardId, hash);
      if (!image) throw new ApiError(404, "photo: not found on this board");
      return c.body(new Uint8Array(image.bytes), 200, {
        "content-type": image.type,
        "cache-control": IMMUTABLE,
        "x-content-type-options": "nosniff",
      });
    });
}
