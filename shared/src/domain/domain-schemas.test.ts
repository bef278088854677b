import { describe, expect, it } from "vitest";
import {
  CreateOrganisationSchema,
  FiscalCodeSchema,
  UpdateOrganisationSchema,
} from "./organisation.ts";
import { CreateInvitationSchema } from "./people.ts";
import { CreateProcedureSchema, UpdateProcedureSchema } from "./procedure.ts";
import {
  can,
  canEditOrganisation,
  canFreezeVersions,
  refusedOrganisationChanges,
} from "./roles.ts";

describe("procedure schemas", () => {
  it("fill the legal basis of a new procedure with art. 55", () => {
    const parsed = CreateProcedureSchema.parse({
      title: "Housing Mix",
      amministrazione: "Comune di Pero",
    });
    expect(parsed.legalBasis).toBe("art. 55 D.Lgs. 117/2017");
  });

  it("never fill defaults into an edit, so omitted fields are left alone", () => {
    expect(UpdateProcedureSchema.parse({ title: "Nuovo titolo" })).toEqual({
      title: "Nuovo titolo",
    });
    expect(UpdateOrganisationSchema.parse({ name: "Coop Meta" })).toEqual({ name: "Coop Meta" });
    expect(UpdateProcedureSchema.safeParse({}).success).toBe(false);
  });

  it("take a CUP of 15 letters and digits, in capitals, or none", () => {
    const base = { title: "Housing Mix", amministrazione: "Comune di Pero" };
    expect(CreateProcedureSchema.parse(base).cup).toBe("");
    expect(CreateProcedureSchema.parse({ ...base, cup: " j41h22000120006 " }).cup).toBe(
      "J41H22000120006",
    );
    for (const cup of ["J41H2200012000", "J41H220001200067", "J41H22000-20006"]) {
      expect(UpdateProcedureSchema.safeParse({ cup }).success, cup).toBe(false);
    }
  });
});

describe("organisations", () => {
  it.each(["00644060287", "rssmra80a01h501u"])("accept the fiscal code %s", (code) => {
    expect(FiscalCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(["123", "0064406028X", "RSSMRA80A01H501"])("refuse the fiscal code %s", (code) => {
    expect(FiscalCodeSchema.safeParse(code).success).toBe(false);
  });

  it("refuse a negative co-financing amount", () => {
    const result = CreateOrganisationSchema.safeParse({
      name: "Coop",
      type: "cooperativa_sociale",
      fiscalCode: "01234567890",
      resources: [{ id: "r", kind: "cofinanziamento", description: "Quota", amountCents: -1 }],
    });
    expect(result.success).toBe(false);
  });
});

describe("roles", () => {
  it("let only facilitators manage people and read the audit trail", () => {
    expect(can("facilitatore", "people.manage")).toBe(true);
    expect(can("referente", "people.manage")).toBe(false);
    expect(can("osservatore", "room.write")).toBe(false);
    expect(can("redattore", "audit.read")).toBe(false);
  });

  it("let a referente edit their own organisation only", () => {
    const rita = { role: "referente" as const, organisationId: "lanterna" };
    expect(canEditOrganisation(rita, "lanterna")).toBe(true);
    expect(canEditOrganisation(rita, "ceas")).toBe(false);
    expect(
      canEditOrganisation({ role: "osservatore", organisationId: "lanterna" }, "lanterna"),
    ).toBe(false);
  });

  it("let only facilitators change an organisation's type or partner role", () => {
    const current = { type: "associazione", role: "partner" };
    expect(refusedOrganisationChanges("redattore", current, { type: "comune" })).toEqual(["type"]);
    expect(refusedOrganisationChanges("referente", current, { role: "capofila" })).toEqual([
      "role",
    ]);
    expect(refusedOrganisationChanges("referente", current, { ...current })).toEqual([]);
    expect(refusedOrganisationChanges("facilitatore", current, { type: "comune" })).toEqual([]);
  });

  it("let facilitators and the municipality's own referente freeze versions", () => {
    const comune = { id: "c", type: "comune" };
    expect(canFreezeVersions({ role: "facilitatore", organisationId: null }, undefined)).toBe(true);
    expect(canFreezeVersions({ role: "referente", organisationId: "c" }, comune)).toBe(true);
    expect(canFreezeVersions({ role: "redattore", organisationId: "c" }, comune)).toBe(false);
    expect(canFreezeVersions({ role: "referente", organisationId: "x" }, comune)).toBe(false);
  });

  it("require an organisation on a referente's invitation", () => {
    expect(CreateInvitationSchema.safeParse({ role: "referente" }).success).toBe(false);
    expect(
      CreateInvitationSchema.safeParse({ role: "referente", organisationId: "x" }).success,
    ).toBe(true);
  });
});
