import { Hono } from "hono";
import { type AuthEnv, sessionMiddleware } from "../auth/session.ts";
import { boardOutputsRoute } from "../boards/board-outputs-route.ts";
import { boardsRoute } from "../boards/boards-route.ts";
import { boardImagesRoute } from "../boards/images-route.ts";
import { BoardImageStore } from "../boards/images-store.ts";
import { mountExports } from "../exports/index.ts";
import { mountVersions } from "../versions/index.ts";
import { demoRoute } from "./demo-route.ts";
import type { ApiDeps } from "./deps.ts";
import { invitationsRoute, procedureInvitationsRoute } from "./invitations-route.ts";
import { meetingsRoute } from "./meetings-route.ts";
import { membersRoute } from "./members-route.ts";
import { organisationsRoute } from "./organisations-route.ts";
import { proceduresRoute } from "./procedures-route.ts";
import { procedureRoomsRoute, roomsRoute } from "./rooms-route.ts";
import { sessionRoute } from "./session-route.ts";

/** Every `/api` route about procedures, people and their rooms, behind the session cookie. */
export function apiRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  api.use("*", sessionMiddleware(deps.db, deps.secret));
  api.route("/session", sessionRoute(deps));
  api.route("/demo", demoRoute(deps));
  api.route("/invitations", invitationsRoute(deps));
  mountVersions(api, deps);
  mountExports(api, deps);
  api.route("/rooms", roomsRoute(deps));
  api.route("/boards", boardsRoute(deps));
  api.route("/procedures/:pid/organisations", organisationsRoute(deps));
  api.route("/procedures/:pid/members", membersRoute(deps));
  api.route("/procedures/:pid/invitations", procedureInvitationsRoute(deps));
  api.route("/procedures/:pid/meetings", meetingsRoute(deps));
  api.route("/procedures/:pid/rooms", procedureRoomsRoute(deps));
  api.route("/procedures/:pid/boards", boardOutputsRoute(deps));
  api.route("/procedures/:pid/boards", boardImagesRoute(deps, new BoardImageStore(deps.dataDir)));
  api.route("/procedures", proceduresRoute(deps));
  return api;
}
