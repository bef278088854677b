import { PROPOSTA_ART55 } from "./proposta-art55.ts";
import { PROPOSTA_PNRR_M5C2_132 } from "./proposta-pnrr-m5c2-132.ts";
import { type ProposalTemplate, ProposalTemplateSchema } from "./template-schema.ts";
import { VERBALE_SEDUTA } from "./verbale-seduta.ts";

/**
 * Every document template Tavolo offers, parsed once at load so a malformed data file fails at
 * start-up rather than when someone creates a document. Add a funding line by adding its data
 * file to this list.
 */
export const PROPOSAL_TEMPLATES: readonly ProposalTemplate[] = Object.freeze(
  [PROPOSTA_ART55, PROPOSTA_PNRR_M5C2_132, VERBALE_SEDUTA].map((input) =>
    ProposalTemplateSchema.parse(input),
  ),
);

export function findProposalTemplate(id: string): ProposalTemplate | undefined {
  return PROPOSAL_TEMPLATES.find((template) => template.id === id);
}

/** Like `findProposalTemplate`, for ids that come from a stored document and must exist. */
export function getProposalTemplate(id: string): ProposalTemplate {
  const template = findProposalTemplate(id);
  if (!template) throw new Error(`unknown document template "${id}"`);
  return template;
}

/** The templates that can fill an expected document of a procedure (e.g. "verbale"). */
export function templatesForDocumentKey(documentKey: string): ProposalTemplate[] {
  return PROPOSAL_TEMPLATES.filter((template) => template.documentKeys.includes(documentKey));
}
