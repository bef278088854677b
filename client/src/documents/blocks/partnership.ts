import {
  addPartnershipMember,
  type Organisation,
  type PartnershipMember,
  PartnershipMemberSchema,
  partenariatoPlain,
  type YRecord,
} from "@tavolo/shared";

/** The members of a partenariato block that read correctly, in table order. */
export function readMembers(block: YRecord): PartnershipMember[] {
  const plain = partenariatoPlain(block);
  const rows =
    typeof plain === "object" &&
    plain !== null &&
    "members" in plain &&
    Array.isArray(plain.members)
      ? (plain.members as unknown[])
      : [];
  return rows.flatMap((row) => {
    const parsed = PartnershipMemberSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Lists every organisation of the procedure that the table lacks, with its role (a second
 * capofila is listed as partner: the table allows one) and the resources it declared, in one
 * transaction. Organisations already listed keep what the partners wrote about them.
 */
export function addMissingPartners(block: YRecord, organisations: readonly Organisation[]): number {
  const members = readMembers(block);
  const listed = new Set(members.map((member) => member.organisationId));
  let hasCapofila = members.some((member) => member.role === "capofila");
  const missing = organisations.filter((organisation) => !listed.has(organisation.id));
  block.doc?.transact(() => {
    for (const organisation of missing) {
      const capofila = organisation.role === "capofila" && !hasCapofila;
      hasCapofila ||= capofila;
      addPartnershipMember(block, {
        organisationId: organisation.id,
        role: capofila ? "capofila" : "partner",
        resources: organisation.resources
          .map((resource) => resource.description)
          .join("; ")
          .slice(0, 1000),
      });
    }
  });
  return missing.length;
}
