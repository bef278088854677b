import type { Organisation } from "@tavolo/shared";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { it as italian } from "../i18n/it.ts";
import { checkDraft, draftOf, emptyDraft } from "./organisationDraft.ts";

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: "it", resources: { it: { translation: italian } } });
  t = i18n.t;
});

const cooperative = {
  ...emptyDraft(),
  name: "Cooperativa sociale La Cordata",
  fiscalCode: "01234567890",
};

describe("checkDraft", () => {
  it("sends amounts typed in euro as integer cents, and no amount as null", () => {
    const result = checkDraft(
      {
        ...cooperative,
        resources: [
          { id: "a", kind: "cofinanziamento", description: "Quota in denaro", amount: "15.000,50" },
          { id: "b", kind: "immobile", description: "Sei alloggi", amount: "" },
        ],
      },
      "it",
      t,
    );
    expect(result.ok && result.value.resources).toEqual([
      { id: "a", kind: "cofinanziamento", description: "Quota in denaro", amountCents: 1_500_050 },
      { id: "b", kind: "immobile", description: "Sei alloggi", amountCents: null },
    ]);
  });

  it("says which field of which resource is wrong", () => {
    const result = checkDraft(
      {
        ...cooperative,
        fiscalCode: "123",
        resources: [{ id: "a", kind: "personale", description: "x", amount: "tanti" }],
      },
      "it",
      t,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      fiscalCode: "Il codice fiscale ha 11 cifre (enti) oppure 16 lettere e cifre.",
      "resources.0.description": "Scrivi almeno 2 caratteri.",
      "resources.0.amountCents": "Scrivi un importo in euro, per esempio 1.500 oppure 1.500,50.",
    });
  });
});

describe("draftOf", () => {
  it("fills the form with the organisation, amounts written as people type them", () => {
    const organisation = {
      id: "o",
      procedureId: "p",
      name: "Fondazione",
      type: "fondazione",
      fiscalCode: "92000000001",
      role: "capofila",
      resources: [{ id: "r", kind: "personale", description: "Educatori", amountCents: 3_600_000 }],
      createdAt: "",
    } satisfies Organisation;
    expect(draftOf(organisation, "it").resources[0]?.amount).toBe("36000");
    const check = checkDraft(draftOf(organisation, "it"), "it", t);
    expect(check.ok && check.value.resources[0]?.amountCents).toBe(3_600_000);
  });
});
