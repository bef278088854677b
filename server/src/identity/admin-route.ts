import {
  CreateInstanceInvitationSchema,
  type InstanceInfo,
  type InstancePerson,
  type IssuedSignInLink,
  UpdateInstancePersonSchema,
} from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { PersonRecord } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { hasPersonAdministrator, requireAdmin } from "./admin.ts";
import { issueSignInLink, signInLinkPath } from "./sign-in-links.ts";
import { ADMIN_TOKEN_PERSON_ID } from "./tokens.ts";

/** How long an instance invitation stays usable. */
const INSTANCE_INVITATION_MS = 7 * 86_400_000;

const instancePerson = (person: PersonRecord): InstancePerson => ({
  id: person.id,
  displayName: person.displayName,
  createdAt: person.createdAt,
  isAdmin: person.isAdmin === true,
  mayCreateProcedures: person.mayCreateProcedures === true,
});

/** `GET /api/instance`: the sign-up policy and whether the first administrator is awaited. */
export function instanceRoute({ db, identity }: ApiDeps): Hono<AuthEnv> {
  return new Hono<AuthEnv>().get("/", (c) => {
    const info: InstanceInfo = {
      signupPolicy: identity.signupPolicy,
      awaitingAdministrator: !hasPersonAdministrator(db.data),
    };
    return c.json(info);
  });
}

/** `/api/admin`: instance administrators list people, mark administrators, invite creators. */
export function adminRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/people", (c) => {
    requireAdmin(c, db.data);
    const people = Object.values(db.data.people).filter((p) => p.id !== ADMIN_TOKEN_PERSON_ID);
    return c.json(people.map(instancePerson));
  });

  route.patch("/people/:id", async (c) => {
    requireAdmin(c, db.data);
    const id = readId(c, "id");
    const changes = await readBody(c, UpdateInstancePersonSchema);
    const updated = await db.change((data) => {
      requireAdmin(c, data);
      const person = data.people[id];
      if (!person || id === ADMIN_TOKEN_PERSON_ID) throw new ApiError(404, "person: not found");
      Object.assign(person, changes);
      // Checked after the change, in the same step: the instance always keeps one.
      if (!hasPersonAdministrator(data)) {
        throw new ApiError(409, "isAdmin: the instance must keep at least one administrator");
      }
      return instancePerson(person);
    });
    return c.json(updated);
  });

  /** A new person who may create procedures, and the one-time link that signs them in. */
  route.post("/invitations", async (c) => {
    requireAdmin(c, db.data);
    const { displayName } = await readBody(c, CreateInstanceInvitationSchema);
    const link = await db.change((data) => {
      const admin = requireAdmin(c, data);
      const person: PersonRecord = {
        id: newId(),
        displayName,
        createdAt: new Date().toISOString(),
      };
      data.people[person.id] = person;
      return issueSignInLink(data, {
        personId: person.id,
        issuedBy: admin.id,
        procedureId: null,
        kind: "instance-invitation",
        validForMs: INSTANCE_INVITATION_MS,
      });
    });
    const answer: IssuedSignInLink = {
      path: signInLinkPath(link.secret),
      expiresAt: link.record.expiresAt,
      displayName,
    };
    return c.json(answer, 201);
  });

  return route;
}
