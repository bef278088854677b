import { Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { requirePerson } from "./access.ts";
import { createDemoProcedure } from "./demo-procedure.ts";
import type { ApiDeps } from "./deps.ts";

/** `POST /api/demo`: a realistic example procedure, so a newcomer sees Tavolo at work. */
export function demoRoute({ db }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().post("/", async (c) => {
    const person = requirePerson(c);
    const procedure = await db.change((data) => createDemoProcedure(data, person));
    return c.json(procedure, 201);
  });
}
