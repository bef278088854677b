import { CloseCode, StartSessionSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import { type AuthEnv, endSession, startSession } from "../auth/session.ts";
import { readBody } from "../http/api-error.ts";
import { requirePerson } from "./access.ts";
import type { ApiDeps } from "./deps.ts";

/** `/api/session`: who am I, start a session with a display name, log out. */
export function sessionRoute({ db, secret, disconnectSession }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => {
    const person = requirePerson(c);
    return c.json({ id: person.id, displayName: person.displayName });
  });

  route.post("/", async (c) => {
    const { displayName } = await readBody(c, StartSessionSchema);
    const existing = c.get("person");
    if (existing) {
      await db.change((data) => {
        const person = data.people[existing.id];
        if (person) person.displayName = displayName;
      });
      return c.json({ id: existing.id, displayName });
    }
    const id = newId();
    await db.change((data) => {
      data.people[id] = { id, displayName, createdAt: new Date().toISOString() };
    });
    await startSession(c, db, secret, id);
    return c.json({ id, displayName }, 201);
  });

  route.delete("/", async (c) => {
    const ended = await endSession(c, db, secret);
    // Sockets opened with this cookie would otherwise stay open, as the person, after sign-out.
    if (ended) disconnectSession(ended, CloseCode.unauthorized, "signed out");
    return c.body(null, 204);
  });

  return route;
}
