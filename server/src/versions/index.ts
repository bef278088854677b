import type { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { versionDiffRoute } from "./diff-route.ts";
import { publicVerifyRoute } from "./public-verify-route.ts";
import { restoreRoute } from "./restore-route.ts";
import { roomVersionsRoute } from "./room-versions-route.ts";
import { procedureVersionsRoute } from "./verify-route.ts";
import { versionsRoute } from "./versions-route.ts";

/** Mounts the versions API: frozen versions, approval rounds and the chain check. */
export function mountVersions(api: Hono<AuthEnv>, deps: ApiDeps): void {
  const states = deps.db.versionStates;
  api.route("/rooms/:room/versions", roomVersionsRoute(deps, states));
  api.route("/versions/:id/diff", versionDiffRoute(deps));
  api.route("/versions/:id/restore", restoreRoute(deps, states));
  api.route("/versions", versionsRoute(deps, states));
  api.route("/procedures/:pid/versions", procedureVersionsRoute(deps, states));
  // Public: no session (a file or a hash to recognise; no text disclosed).
  api.route("/verify", publicVerifyRoute(deps, states));
}
