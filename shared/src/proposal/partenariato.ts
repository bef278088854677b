import * as Y from "yjs";
import { z } from "zod";
import { PartnerRoleSchema } from "../domain/organisation.ts";
import {
  insertBlock,
  OrganisationRefSchema,
  requireBlockType,
  transactBlock,
  type YRecord,
} from "./document-shape.ts";
import {
  appendRow,
  deleteRow,
  findRow,
  newRowId,
  patchRow,
  plainRows,
  RowIdSchema,
  requireRows,
  rowsOf,
} from "./y-rows.ts";

/**
 * The partenariato table: which organisations take part, as capofila or partner, what each is
 * responsible for and what it puts in. Names are not copied here: the organisation id points to
 * the procedure's partner record, so a renamed organisation is renamed everywhere.
 *
 * In Yjs: Y.Map { type: "partenariato", members: Y.Array<Y.Map { id, organisationId, role,
 * responsibilities, resources }> }.
 */
const MEMBERS = "members";

export const PartnershipMemberSchema = z.object({
  id: RowIdSchema,
  organisationId: OrganisationRefSchema,
  role: PartnerRoleSchema,
  /** "Attività di cui è responsabile". */
  responsibilities: z.string().trim().max(1000),
  /** "Risorse messe a disposizione": rooms, staff, volunteers, co-financing. */
  resources: z.string().trim().max(1000),
});
export type PartnershipMember = z.infer<typeof PartnershipMemberSchema>;

export const PartenariatoSchema = z
  .object({
    type: z.literal("partenariato"),
    members: z.array(PartnershipMemberSchema).max(200),
  })
  .superRefine((value, ctx) => {
    const organisations = new Set<string>();
    value.members.forEach((member, index) => {
      if (organisations.has(member.organisationId)) {
        ctx.addIssue({
          code: "custom",
          path: ["members", index, "organisationId"],
          message: "organisation listed twice",
        });
      }
      organisations.add(member.organisationId);
    });
    if (value.members.filter((member) => member.role === "capofila").length > 1) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "only one capofila" });
    }
  });
export type Partenariato = z.infer<typeof PartenariatoSchema>;

export function createPartenariatoBlock(doc: Y.Doc, blockId: string): YRecord {
  return insertBlock(doc, blockId, { type: "partenariato", [MEMBERS]: new Y.Array() });
}

export function partenariatoPlain(block: YRecord): unknown {
  return { ...block.toJSON(), [MEMBERS]: plainRows(rowsOf(block, MEMBERS)) };
}

export function readPartenariato(block: YRecord) {
  return PartenariatoSchema.safeParse(partenariatoPlain(block));
}

const NewMemberSchema = PartnershipMemberSchema.omit({ id: true }).extend({
  role: PartnerRoleSchema.default("partner"),
  responsibilities: PartnershipMemberSchema.shape.responsibilities.default(""),
  resources: PartnershipMemberSchema.shape.resources.default(""),
});
export type NewPartnershipMember = z.input<typeof NewMemberSchema>;

/** Lists an organisation in the partnership, once. */
export function addPartnershipMember(block: YRecord, input: NewPartnershipMember, id = newRowId()) {
  requireBlockType(block, "partenariato");
  const member = PartnershipMemberSchema.parse({ ...NewMemberSchema.parse(input), id });
  const rows = requireRows(block, MEMBERS);
  if (rows.toArray().some((row) => row.get("organisationId") === member.organisationId)) {
    throw new Error("organisation already in the partnership");
  }
  transactBlock(block, () => appendRow(rows, member));
  return member;
}

export const PartnershipMemberPatchSchema = PartnershipMemberSchema.omit({
  id: true,
  organisationId: true,
}).partial();

export function updatePartnershipMember(
  block: YRecord,
  id: string,
  patch: z.input<typeof PartnershipMemberPatchSchema>,
): boolean {
  requireBlockType(block, "partenariato");
  const valid = PartnershipMemberPatchSchema.parse(patch);
  const row = findRow(requireRows(block, MEMBERS), id);
  if (!row) return false;
  transactBlock(block, () => patchRow(row, valid));
  return true;
}

export function removePartnershipMember(block: YRecord, id: string): boolean {
  requireBlockType(block, "partenariato");
  let removed = false;
  transactBlock(block, () => {
    removed = deleteRow(requireRows(block, MEMBERS), id);
  });
  return removed;
}
