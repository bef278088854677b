import {
  canTransition,
  findProposalTemplate,
  type ProposalTemplate,
  readAllSectionMeta,
  readDocumentMeta,
  type SectionSignOff,
  SectionStatusChangeSchema,
  type SectionStatusPerson,
} from "@tavolo/shared";
import { Hono } from "hono";
import type * as Y from "yjs";
import type { AuthEnv } from "../auth/session.ts";
import type { Data } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { requireMember } from "../procedures/access.ts";
import { recordAudit } from "../procedures/audit.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { documentRoom, requireSession } from "../versions/rights.ts";
import { sectionStatusesOf, sectionStatusOf, writeSectionStatus } from "./section-status-store.ts";

/** The template a document was created from, if it shares its sections out (not minutes). */
function signOffTemplate(doc: Y.Doc): ProposalTemplate | null {
  const meta = readDocumentMeta(doc);
  const template = meta ? findProposalTemplate(meta.templateId) : undefined;
  return template && template.kind !== "verbale" ? template : null;
}

function personOf(data: Readonly<Data>, personId: string | null): SectionStatusPerson | null {
  if (personId === null) return null;
  return { personId, name: data.people[personId]?.displayName ?? "" };
}

/** The matrix: each section of the template, its owner (from the text) and its sign-off. */
function signOffRows(data: Readonly<Data>, roomId: string, doc: Y.Doc): SectionSignOff[] {
  const template = signOffTemplate(doc);
  if (!template) return [];
  const meta = readAllSectionMeta(doc);
  const records = sectionStatusesOf(data, roomId);
  return template.sections.map(({ key, title }) => {
    const record = records[key];
    return {
      sectionKey: key,
      title,
      assignedOrganisationId: meta[key]?.assignedOrganisationId ?? null,
      status: record?.status ?? "in-scrittura",
      signedOffBy: personOf(data, record?.signedOffBy ?? null),
      signedOffAt: record?.signedOffAt ?? null,
      changedBy: personOf(data, record?.changedBy ?? null),
      changedAt: record?.changedAt ?? null,
    };
  });
}

/**
 * `/api/rooms/:room/sections`: the sign-off matrix of a document, and `PUT /:section` to move
 * one section to another state (section-status.ts in shared says who may). The owner is read
 * from the server's text and the move checked and recorded, with its audit entry, in one
 * synchronous step.
 */
export function sectionStatusRoute({ db, rooms }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.use("*", requireSession);

  route.get("/", async (c) => {
    const room = documentRoom(db.data, readId(c, "room"));
    requireMember(c, db.data, room.procedureId);
    const rows = await rooms.editRooms([room.id], ([doc]) =>
      doc ? signOffRows(db.data, room.id, doc) : [],
    );
    return c.json(rows);
  });

  route.put("/:section", async (c) => {
    const room = documentRoom(db.data, readId(c, "room"));
    const sectionKey = readId(c, "section");
    requireMember(c, db.data, room.procedureId);
    const { status: to } = await readBody(c, SectionStatusChangeSchema);
    const recorded = await rooms.editRooms([room.id], ([doc]) => {
      const section = doc && signOffTemplate(doc)?.sections.find((s) => s.key === sectionKey);
      if (!doc || !section) throw new ApiError(404, "section: not a section of this document");
      const assigned = readAllSectionMeta(doc)[sectionKey]?.assignedOrganisationId ?? null;
      return db.change((data) => {
        const { person, membership } = requireMember(c, data, room.procedureId);
        const from = sectionStatusOf(data, room.id, sectionKey);
        if (!canTransition(from, to, membership, assigned)) {
          throw new ApiError(403, `status: you may not move this section from ${from} to ${to}`);
        }
        const record = writeSectionStatus(data, room.id, sectionKey, to, person);
        recordAudit(data, room.procedureId, person, "section.statusChanged", {
          room: room.title,
          section: section.title,
          from,
          to,
        });
        return record;
      });
    });
    return c.json(recorded);
  });

  return route;
}
