import type { AuditEvent } from "@tavolo/shared";
import { newId } from "../auth/ids.ts";
import type { Data, PersonRecord } from "../db/database.ts";

/** Records an act in the procedure's audit trail; call inside the same `db.change`. */
export function recordAudit(
  data: Data,
  procedureId: string,
  actor: PersonRecord,
  action: string,
  details: AuditEvent["details"] = {},
): void {
  data.audit.push({
    id: newId(),
    procedureId,
    actorId: actor.id,
    actorName: actor.displayName,
    action,
    details,
    at: new Date().toISOString(),
  });
}
