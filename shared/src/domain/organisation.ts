import { z } from "zod";
import { nameSchema } from "../validation/text-schemas.ts";

export const OrganisationTypeSchema = z.enum([
  "comune",
  "cooperativa_sociale",
  "associazione",
  "fondazione",
  "altro_ente",
]);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

export const PartnerRoleSchema = z.enum(["capofila", "partner"]);
export type PartnerRole = z.infer<typeof PartnerRoleSchema>;

export const ResourceKindSchema = z.enum([
  "immobile",
  "personale",
  "cofinanziamento",
  "servizi",
  "altro",
]);
export type ResourceKind = z.infer<typeof ResourceKindSchema>;

/**
 * An Italian fiscal code: 11 digits for organisations (codice fiscale / partita IVA), or the
 * 16-character personal form that some associations use.
 */
export const FiscalCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{11}|[A-Z0-9]{16})$/, "must be 11 digits or 16 letters and digits");

export const ResourceSchema = z.object({
  id: z.string().min(1).max(64),
  kind: ResourceKindSchema,
  description: z.string().trim().min(2, "at least 2 characters").max(500),
  /** Value in euro cents, for co-financing in cash or the estimated value of what is given. */
  amountCents: z.number().int().min(0, "must not be negative").max(1e13).nullable().default(null),
});
export type Resource = z.infer<typeof ResourceSchema>;

const OrganisationFields = z.object({
  name: nameSchema(2, 200),
  type: OrganisationTypeSchema,
  fiscalCode: FiscalCodeSchema,
  role: PartnerRoleSchema,
  resources: z.array(ResourceSchema).max(100),
});

export const CreateOrganisationSchema = OrganisationFields.extend({
  role: PartnerRoleSchema.default("partner"),
  resources: OrganisationFields.shape.resources.default([]),
});
export type CreateOrganisation = z.input<typeof CreateOrganisationSchema>;

export const UpdateOrganisationSchema = OrganisationFields.partial().refine(
  (value) => Object.keys(value).length > 0,
  "nothing to update",
);

export interface Organisation {
  id: string;
  procedureId: string;
  name: string;
  type: OrganisationType;
  fiscalCode: string;
  role: PartnerRole;
  resources: Resource[];
  createdAt: string;
}

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, { it: string; en: string }> = {
  comune: { it: "Comune", en: "Municipality" },
  cooperativa_sociale: { it: "Cooperativa sociale", en: "Social cooperative" },
  associazione: { it: "Associazione", en: "Association" },
  fondazione: { it: "Fondazione", en: "Foundation" },
  altro_ente: { it: "Altro ente", en: "Other body" },
};

export const RESOURCE_KIND_LABELS: Record<ResourceKind, { it: string; en: string }> = {
  immobile: { it: "Immobile", en: "Building" },
  personale: { it: "Personale", en: "Staff" },
  cofinanziamento: { it: "Co-finanziamento", en: "Co-financing" },
  servizi: { it: "Servizi", en: "Services" },
  altro: { it: "Altro", en: "Other" },
};
