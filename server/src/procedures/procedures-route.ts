import {
  ChangePhaseSchema,
  CONDITION_LABELS,
  CreateProcedureSchema,
  type Procedure,
  UpdateProcedureSchema,
  unmetConditions,
} from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { Data, PersonRecord } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireCreator } from "../identity/admin.ts";
import { agreedVersionVerifies } from "../versions/integrity.ts";
import { requireMember, requirePerson } from "./access.ts";
import { recordAudit } from "./audit.ts";
import type { ApiDeps } from "./deps.ts";
import { organisationsOf, procedureDetail, summariesFor } from "./procedure-detail.ts";

/** Creates a procedure with `creator` as its first facilitator; call inside `db.change`. */
export function createProcedure(
  data: Data,
  creator: PersonRecord,
  input: ReturnType<typeof CreateProcedureSchema.parse>,
): Procedure {
  const now = new Date().toISOString();
  const procedure: Procedure = {
    id: newId(),
    ...input,
    phase: "avvio",
    phaseHistory: [{ phase: "avvio", by: creator.id, byName: creator.displayName, at: now }],
    agreedVersionId: null,
    createdAt: now,
    createdBy: creator.id,
  };
  data.procedures[procedure.id] = procedure;
  data.memberships.push({
    procedureId: procedure.id,
    personId: creator.id,
    role: "facilitatore",
    organisationId: null,
    joinedAt: now,
    revokedAt: null,
  });
  recordAudit(data, procedure.id, creator, "procedure.created", { title: procedure.title });
  return procedure;
}

/** `/api/procedures`: list, create, read, edit, change phase, audit trail. */
export function proceduresRoute({ db, identity }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => c.json(summariesFor(db.data, requirePerson(c).id)));

  route.post("/", async (c) => {
    requireCreator(c, db.data, identity.signupPolicy);
    const input = await readBody(c, CreateProcedureSchema);
    const procedure = await db.change((data) =>
      createProcedure(data, requireCreator(c, data, identity.signupPolicy), input),
    );
    return c.json(procedure, 201);
  });

  route.get("/:pid", (c) => {
    const { membership } = requireMember(c, db.data, readId(c, "pid"));
    return c.json(procedureDetail(db.data, membership));
  });

  route.patch("/:pid", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "procedure.edit");
    const changes = await readBody(c, UpdateProcedureSchema);
    const procedure = await db.change((data) => {
      const { person } = requireMember(c, data, pid, "procedure.edit");
      const target = data.procedures[pid] as Procedure;
      Object.assign(target, changes);
      recordAudit(data, pid, person, "procedure.edited", {
        fields: Object.keys(changes).join(", "),
      });
      return target;
    });
    return c.json(procedure);
  });

  route.post("/:pid/phase", async (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "procedure.changePhase");
    const { phase } = await readBody(c, ChangePhaseSchema);
    // A damaged testo concordato is none (checked on disk before the synchronous change).
    const agreedHolds = await agreedVersionVerifies(db, pid);
    const updated = await db.change((data) => {
      const { person } = requireMember(c, data, pid, "procedure.changePhase");
      const procedure = data.procedures[pid] as Procedure;
      const unmet = unmetConditions(phase, {
        partnerCount: organisationsOf(data, pid).length,
        hasAgreedProposal: procedure.agreedVersionId !== null && agreedHolds,
      });
      if (unmet.length > 0) {
        throw new ApiError(409, `phase: ${unmet.map((u) => CONDITION_LABELS[u].it).join("; ")}`);
      }
      const from = procedure.phase;
      procedure.phase = phase;
      procedure.phaseHistory.push({
        phase,
        by: person.id,
        byName: person.displayName,
        at: new Date().toISOString(),
      });
      recordAudit(data, pid, person, "procedure.phaseChanged", { from, to: phase });
      return procedure;
    });
    return c.json(updated);
  });

  route.get("/:pid/audit", (c) => {
    const pid = readId(c, "pid");
    requireMember(c, db.data, pid, "audit.read");
    return c.json(db.data.audit.filter((event) => event.procedureId === pid).reverse());
  });

  return route;
}
