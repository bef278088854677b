import { z } from "zod";

/**
 * The structured blocks a section can hold. Their data lives beside the text in the Yjs
 * document (see document-shape.ts), so the names here are also the `blockType` of the editor's
 * block node and of the block maps.
 */
export const BlockTypeSchema = z.enum(["cronoprogramma", "pianoEconomico", "partenariato"]);
export type BlockType = z.infer<typeof BlockTypeSchema>;

/**
 * A section key: stable across template versions and languages, used as the Y.Map key of the
 * section's metadata and as the `sectionKey` attribute of its heading in the text.
 */
export const SectionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,47}$/, "must be lower-case letters, digits and _ (max 48)");
export type SectionKey = z.infer<typeof SectionKeySchema>;

/** The largest character limit a section may carry: funding forms ask for a few thousand. */
export const MAX_SECTION_CHAR_LIMIT = 100_000;

export const TemplateSectionSchema = z.object({
  key: SectionKeySchema,
  /** The heading written into the document, in Italian (the language of the form). */
  title: z.string().trim().min(2).max(200),
  /** What the writer should put here: shown as a prompt, never written into the text. */
  guidance: z.string().trim().min(10).max(2000),
  /** "max N caratteri" of the funding form, counted by section-text.ts. */
  charLimit: z.number().int().positive().max(MAX_SECTION_CHAR_LIMIT).optional(),
  block: BlockTypeSchema.optional(),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** What a template produces: a project proposal, or the minutes of a session. */
export const TemplateKindSchema = z.enum(["proposta", "verbale"]);
export type TemplateKind = z.infer<typeof TemplateKindSchema>;

/**
 * A document template as data: a new funding line is a new data file registered in
 * registry.ts, not new code. Section keys are unique, so they can key the section metadata.
 */
export const ProposalTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "must be lower-case kebab-case"),
    /** Bumped when sections change; a document records the version it was created from. */
    version: z.number().int().positive(),
    kind: TemplateKindSchema,
    label: z.object({
      it: z.string().trim().min(2).max(200),
      en: z.string().trim().min(2).max(200),
    }),
    /** The legal basis or funding line, as the call names it; null for the minutes. */
    fundingLine: z.string().trim().min(2).max(200).nullable(),
    /** Keys of the procedure's expected documents (domain/phases.ts) this template can fill. */
    documentKeys: z.array(z.string().min(1).max(64)).min(1).max(10),
    sections: z.array(TemplateSectionSchema).min(1).max(50),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", index, "key"],
          message: `duplicate section key "${section.key}"`,
        });
      }
      seen.add(section.key);
    });
  });
export type ProposalTemplate = z.infer<typeof ProposalTemplateSchema>;
/** What a template data file is written as, checked by the compiler and parsed at load. */
export type ProposalTemplateInput = z.input<typeof ProposalTemplateSchema>;
