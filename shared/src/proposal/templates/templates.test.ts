import { describe, expect, it } from "vitest";
import {
  findProposalTemplate,
  getProposalTemplate,
  PROPOSAL_TEMPLATES,
  templatesForDocumentKey,
} from "./registry.ts";
import { ProposalTemplateSchema } from "./template-schema.ts";

describe("document templates", () => {
  it.each(PROPOSAL_TEMPLATES.map((t) => [t.id, t] as const))("%s parses", (_id, template) => {
    expect(ProposalTemplateSchema.safeParse(template).success).toBe(true);
  });

  it.each(PROPOSAL_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s has unique section keys",
    (_id, template) => {
      const keys = template.sections.map((section) => section.key);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it("have unique ids", () => {
    const ids = PROPOSAL_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("give each proposal the standard sections and blocks of a co-progettazione", () => {
    for (const id of ["proposta-art55", "proposta-pnrr-m5c2-132"]) {
      const template = getProposalTemplate(id);
      const keys = template.sections.map((section) => section.key);
      expect(keys).toEqual(
        expect.arrayContaining([
          "analisi_contesto",
          "obiettivi",
          "destinatari",
          "partenariato",
          "governance",
          "cronoprogramma",
          "piano_economico",
          "sostenibilita",
        ]),
      );
      const blocks = template.sections.flatMap((section) => (section.block ? [section.block] : []));
      expect(blocks.sort()).toEqual(["cronoprogramma", "partenariato", "pianoEconomico"]);
    }
  });

  it("add the PNRR identifiers and targets to the PNRR sheet", () => {
    const pnrr = getProposalTemplate("proposta-pnrr-m5c2-132");
    const keys = pnrr.sections.map((section) => section.key);
    expect(keys).toEqual(expect.arrayContaining(["dati_intervento", "target_indicatori"]));
    const dati = pnrr.sections.find((section) => section.key === "dati_intervento");
    expect(dati?.guidance).toMatch(/CUP/);
    expect(dati?.guidance).toMatch(/quota PNRR/);
  });

  it("give the minutes date and place, attendees, agenda, discussion, decisions, next steps", () => {
    const verbale = getProposalTemplate("verbale-seduta");
    expect(verbale.kind).toBe("verbale");
    expect(verbale.sections.map((section) => section.key)).toEqual([
      "seduta",
      "presenti",
      "ordine_del_giorno",
      "svolgimento",
      "decisioni",
      "prossimi_passi",
      "chiusura",
    ]);
    expect(templatesForDocumentKey("verbale")).toEqual([verbale]);
  });

  it("refuse a template whose section keys repeat", () => {
    const base = getProposalTemplate("verbale-seduta");
    const first = base.sections[0];
    if (!first) throw new Error("template has no sections");
    const result = ProposalTemplateSchema.safeParse({ ...base, sections: [first, first] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/duplicate section key/);
  });

  it("answer undefined for an unknown id, and throw where the id must exist", () => {
    expect(findProposalTemplate("bando-inesistente")).toBeUndefined();
    expect(() => getProposalTemplate("bando-inesistente")).toThrow(/unknown document template/);
  });
});
