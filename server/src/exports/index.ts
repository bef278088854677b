import type { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { agidMetadataRoute } from "./agid-route.ts";
import { draftExportRoute, versionExportRoute } from "./export-route.ts";

/** Mounts the exports: frozen versions and live drafts as PDF, DOCX, ODT, Markdown, HTML. */
export function mountExports(api: Hono<AuthEnv>, deps: ApiDeps): void {
  api.route("/versions/:id/export", versionExportRoute(deps));
  api.route("/versions/:id/metadata-agid", agidMetadataRoute(deps));
  api.route("/rooms/:room/export", draftExportRoute(deps));
}
