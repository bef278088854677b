import {
  CreateOrganisationSchema,
  type Organisation,
  type OrganisationType,
  type PartnerRole,
  type ResourceKind,
} from "@tavolo/shared";
import type { TFunction } from "i18next";
import type { z } from "zod";
import { centsToInput, parseEuroToCents } from "../format/money.ts";
import { type FieldErrors, issuesToFieldErrors } from "../forms/fieldErrors.ts";
import type { Language } from "../i18n/i18n.ts";

/** A resource as its form holds it: the amount as typed. */
export interface ResourceDraft {
  id: string;
  kind: ResourceKind;
  description: string;
  amount: string;
}

/** An organisation as its form holds it. */
export interface OrganisationDraft {
  name: string;
  type: OrganisationType;
  fiscalCode: string;
  role: PartnerRole;
  resources: ResourceDraft[];
}

export function emptyDraft(): OrganisationDraft {
  return { name: "", type: "cooperativa_sociale", fiscalCode: "", role: "partner", resources: [] };
}

export function emptyResource(): ResourceDraft {
  return {
    id: crypto.randomUUID().slice(0, 12),
    kind: "cofinanziamento",
    description: "",
    amount: "",
  };
}

export function draftOf(organisation: Organisation, language: Language): OrganisationDraft {
  return {
    name: organisation.name,
    type: organisation.type,
    fiscalCode: organisation.fiscalCode,
    role: organisation.role,
    resources: organisation.resources.map((resource) => ({
      id: resource.id,
      kind: resource.kind,
      description: resource.description,
      amount: centsToInput(resource.amountCents, language),
    })),
  };
}

/** An organisation ready for the API: defaults filled, amounts in cents. */
export type CheckedOrganisation = z.output<typeof CreateOrganisationSchema>;

export type DraftCheck =
  | { ok: true; value: CheckedOrganisation }
  | { ok: false; errors: FieldErrors };

/**
 * Turns the form into what the API takes, amounts into integer cents, or says what is wrong
 * with each field, in the interface language.
 */
export function checkDraft(draft: OrganisationDraft, language: Language, t: TFunction): DraftCheck {
  const amountErrors: Record<string, string> = {};
  const resources = draft.resources.map((resource, index) => {
    const amount = parseEuroToCents(resource.amount, language);
    if (!amount.ok) amountErrors[`resources.${index}.amountCents`] = t("partners.errors.amount");
    return {
      id: resource.id,
      kind: resource.kind,
      description: resource.description,
      amountCents: amount.ok ? amount.cents : null,
    };
  });
  const parsed = CreateOrganisationSchema.safeParse({ ...draft, resources }, { reportInput: true });
  const schemaErrors = parsed.success
    ? {}
    : issuesToFieldErrors(parsed.error, t, { fiscalCode: t("partners.errors.fiscalCode") });
  const errors = { ...schemaErrors, ...amountErrors };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}
