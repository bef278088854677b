import {
  CreateOrganisationSchema,
  canEditOrganisation,
  type Organisation,
  refusedOrganisationChanges,
  UpdateOrganisationSchema,
} from "@tavolo/shared";
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { organisationsOf } from "./procedure-detail.ts";

type OrganisationChanges = z.output<typeof UpdateOrganisationSchema>;

/** `/api/procedures/:pid/organisations`: the partners and the resources each one brings. */
export function organisationsRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  const findOrganisation = (data: Readonly<Data>, pid: string, oid: string): Organisation => {
    const organisation = data.organisations[oid];
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
    requireMember(c, db.data, pid, "organisation.create");
    const input = await readBody(c, CreateOrganisationSchema);
    const organisation = await db.change((data) => {
      // Checked again in the step that writes: the role may have changed while the body came.
      const { person } = requireMember(c, data, pid, "organisation.create");
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

  /** 403 unless the member may make these changes to this organisation (404 if it is gone). */
  const checkEdit = (
    c: Context<AuthEnv>,
    data: Readonly<Data>,
    ids: { pid: string; oid: string },
    changes?: OrganisationChanges,
  ) => {
    const { pid, oid } = ids;
    const { person, membership } = requireMember(c, data, pid);
    const organisation = findOrganisation(data, pid, oid);
    if (!canEditOrganisation(membership, oid)) {
      throw new ApiError(403, "only facilitators and this organisation's people may edit it");
    }
    const refused = changes
      ? refusedOrganisationChanges(membership.role, organisation, changes)
      : [];
    if (refused.length > 0) {
      throw new ApiError(
        403,
        `${refused.join(", ")}: only a facilitator may change an organisation's type or role`,
      );
    }
    return { person, organisation };
  };

  route.patch("/:oid", async (c) => {
    const pid = readId(c, "pid");
    const oid = readId(c, "oid");
    checkEdit(c, db.data, { pid, oid });
    const changes = await readBody(c, UpdateOrganisationSchema);
    const organisation = await db.change((data) => {
      const { person, organisation: target } = checkEdit(c, data, { pid, oid }, changes);
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
    const organisation = findOrganisation(db.data, pid, oid);
    await db.change((data) => {
      delete data.organisations[oid];
      for (const m of data.memberships) if (m.organisationId === oid) m.organisationId = null;
      recordAudit(data, pid, person, "organisation.removed", { name: organisation.name });
    });
    return c.body(null, 204);
  });

  return route;
}
