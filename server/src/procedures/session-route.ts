import { CloseCode, StartSessionSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import {
  type AuthEnv,
  endSession,
  presentedSessionId,
  rotateSession,
  setSessionCookie,
} from "../auth/session.ts";
import { ApiError, readBody } from "../http/api-error.ts";
import { sessionPerson } from "../identity/account-view.ts";
import { mayCreateProcedures } from "../identity/admin.ts";
import { personStill, requirePerson } from "./access.ts";
import type { ApiDeps } from "./deps.ts";

/** `/api/session`: who am I, start a session with a display name, log out. */
export function sessionRoute({
  db,
  secret,
  origins,
  disconnectSession,
  identity,
}: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => {
    const person = requirePerson(c);
    return c.json({
      ...sessionPerson(db.data, person),
      isAdmin: person.isAdmin === true,
      mayCreateProcedures: mayCreateProcedures(person, identity.signupPolicy),
    });
  });

  /** Signs in with a name (a new person), or renames the signed-in one; either way a new session id. */
  route.post("/", async (c) => {
    const { displayName } = await readBody(c, StartSessionSchema);
    const presented = await presentedSessionId(c, secret);
    const { id, session, renamed } = await db.change((data) => {
      const existing = personStill(c, data);
      const person = existing ? data.people[existing.id] : undefined;
      if (person) person.displayName = displayName;
      else if (identity.signupPolicy !== "open") {
        throw new ApiError(403, "sign-up: on this instance people join through an invitation link");
      }
      const id = person?.id ?? newId();
      data.people[id] ??= { id, displayName, createdAt: new Date().toISOString() };
      return { id, session: rotateSession(data, presented, id), renamed: person !== undefined };
    });
    await setSessionCookie(c, secret, origins, session);
    return c.json({ id, displayName }, renamed ? 200 : 201);
  });

  route.delete("/", async (c) => {
    const ended = await endSession(c, db, secret);
    // Sockets opened with this cookie would otherwise stay open, as the person, after sign-out.
    if (ended) disconnectSession(ended, CloseCode.unauthorized, "signed out");
    return c.body(null, 204);
  });

  return route;
}
