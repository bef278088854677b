import {
  CreateOrganisationSchema,
  canEditOrganisation,
  type Organisation,
  UpdateOrganisationSchema,
} from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { organisationsOf } from "./procedure-detail.ts";

/** `/api/procedures/:pid/organisations`: the partners and the resources each one brings. */
export function organisationsRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  const findOrganisation = (pid: string, oid: string): Organisation => {
    const organisation = db.data.organisations[oid];
    if (!organisation || organisation.procedureId !== pid) {
      throw new ApiError(404, "organisation: not found in this procedure");
    }
    return organisation;
  };

  route.get("/", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid);
    return c.json(organisationsOf(db.data, pid));
  });

  route.post("/", async (c) => {
    const pid = readId(c, "pid");
    const { person } = requireMember(c, db.data, pid, "organisation.create");
    const input = await readBody(c, CreateOrganisationSchema);
    const organisation = await db.change((data) => {
      const created: Organisation = {
        id: newId(),
        procedureId: pid,
        ...input,
        createdAt: new Date().toISOString(),
      };
      data.organisations[created.id] = created;
      recordAudit(data, pid, person, "organisation.added", {
        name: created.name,
        role: created.role,
      });
      return created;
    });
    return c.json(organisation, 201);
  });

  route.patch("/:oid", async (c) => {
    const pid = readId(c, "pid");
    const oid = readId(c, "oid");
    const { person, membership } = requireMember(c, db.data, pid);
    findOrganisation(pid, oid);
    if (!canEditOrganisation(membership, oid)) {
      throw new ApiError(403, "only facilitators and this organisation's people may edit it");
    }
    const changes = await readBody(c, UpdateOrganisationSchema);
    const organisation = await db.change((data) => {
      const target = data.organisations[oid] as Organisation;
      Object.assign(target, changes);
      recordAudit(data, pid, person, "organisation.edited", {
        name: target.name,
        fields: Object.keys(changes).join(", "),
      });
      return target;
    });
    return c.json(organisation);
  });

  route.delete("/:oid", async (c) => {
    const pid = readId(c, "pid");
    const oid = readId(c, "oid");
    const { person } = requireMember(c, db.data, pid, "organisation.delete");
    const organisation = findOrganisation(pid, oid);
    await db.change((data) => {
      delete data.organisations[oid];
      for (const m of data.memberships) if (m.organisationId === oid) m.organisationId = null;
      recordAudit(data, pid, person, "organisation.removed", { name: organisation.name });
    });
    return c.body(null, 204);
  });

  return route;
}
