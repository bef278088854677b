import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { requireCreator } from "../identity/admin.ts";
import { createDemoProcedure } from "./demo-procedure.ts";
import type { ApiDeps } from "./deps.ts";

/** `POST /api/demo`: a realistic example procedure, so a newcomer sees Tavolo at work. */
export function demoRoute({ db, identity }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().post("/", async (c) => {
    const procedure = await db.change((data) =>
      createDemoProcedure(data, requireCreator(c, data, identity.signupPolicy)),
    );
    return c.json(procedure, 201);
  });
}
