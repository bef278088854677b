import type { RoomName } from "@tavolo/shared";
import type { Context } from "hono";

/** What a connecting client may do in a room, or the HTTP refusal to answer the upgrade with. */
export type RoomAccess = { readOnly: boolean } | { refuse: Response };

/** Decides, on the server, who may open a room. Procedures and roles plug in here. */
export type RoomAccessPolicy = (c: Context, room: RoomName) => Promise<RoomAccess>;

/** Until procedures and roles exist, every client may read and write every room. */
export const openAccess: RoomAccessPolicy = async () => ({ readOnly: false });
