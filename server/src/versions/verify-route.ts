import { type VerificationReport, verifyChain } from "@tavolo/shared";
import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { signatureChecks } from "./approval-signature.ts";
import { readStoredCheck } from "./integrity.ts";
import { requireSession } from "./rights.ts";
import type { VersionStates } from "./version-states.ts";
import { summaryOf } from "./views.ts";

/** `/api/procedures/:pid/versions`: every frozen version, and the check of their chains. */
export function procedureVersionsRoute({ db }: ApiDeps, states: VersionStates): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", requireSession);
  const versionsOf = (pid: string) =>
    Object.values(db.data.versions).filter((version) => version.procedureId === pid);

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(versionsOf(pid).map(summaryOf));
  });

  route.get("/verify", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    const checks = await Promise.all(versionsOf(pid).map((v) => readStoredCheck(db, states, v)));
    const chain = verifyChain(checks.map((check) => check.entry));
    const signatures = Object.fromEntries(
      versionsOf(pid).map((version) => [version.id, signatureChecks(db.data, version)]),
    );
    const wrong = Object.values(signatures).some((list) =>
      list.some((s) => s.status === "invalid"),
    );
    const report: VerificationReport = {
      checkedAt: new Date().toISOString(),
      ...chain,
      ok: chain.ok && !wrong,
      signatures,
    };
    return c.json(report);
  });

  return route;
}
