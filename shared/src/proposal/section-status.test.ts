import { describe, expect, it } from "vitest";
import {
  canTransition,
  isSectionReady,
  type SectionActor,
  SectionStatusChangeSchema,
  sectionRights,
} from "./section-status.ts";

const owner: SectionActor = { role: "redattore", organisationId: "coop" };
const ownerObserver: SectionActor = { role: "osservatore", organisationId: "coop" };
const other: SectionActor = { role: "referente", organisationId: "comune" };
const facilitator: SectionActor = { role: "facilitatore", organisationId: null };

describe("canTransition", () => {
  it("lets the owner sign off and withdraw, and nobody else sign off an owned section", () => {
    expect(canTransition("in-scrittura", "pronta", owner, "coop")).toBe(true);
    expect(canTransition("pronta", "in-scrittura", owner, "coop")).toBe(true);
    expect(canTransition("in-scrittura", "pronta", other, "coop")).toBe(false);
    expect(canTransition("in-scrittura", "pronta", ownerObserver, "coop")).toBe(false);
    expect(canTransition("in-scrittura", "pronta", facilitator, "coop")).toBe(false);
  });

  it("lets a facilitator sign off a section nobody owns", () => {
    expect(canTransition("in-scrittura", "pronta", facilitator, null)).toBe(true);
    expect(canTransition("in-scrittura", "pronta", other, null)).toBe(false);
  });

  it("lets only a facilitator close a signed-off section and reopen a closed one", () => {
    expect(canTransition("pronta", "chiusa", facilitator, "coop")).toBe(true);
    expect(canTransition("pronta", "chiusa", owner, "coop")).toBe(false);
    expect(canTransition("chiusa", "in-scrittura", facilitator, "coop")).toBe(true);
    expect(canTransition("chiusa", "in-scrittura", owner, "coop")).toBe(false);
    expect(canTransition("pronta", "in-scrittura", facilitator, "coop")).toBe(true);
  });

  it("refuses skipped steps and moves to the same state", () => {
    expect(canTransition("in-scrittura", "chiusa", facilitator, "coop")).toBe(false);
    expect(canTransition("chiusa", "pronta", facilitator, "coop")).toBe(false);
    expect(canTransition("pronta", "pronta", owner, "coop")).toBe(false);
  });
});

describe("sectionRights", () => {
  it("gives the owner's people and facilitators direct writing, the others suggestions", () => {
    const all = { writeDirectly: true, suggest: true, review: true };
    expect(sectionRights("in-scrittura", "coop", owner)).toEqual(all);
    expect(sectionRights("pronta", "coop", facilitator)).toEqual(all);
    expect(sectionRights("in-scrittura", "coop", other)).toEqual({
      writeDirectly: false,
      suggest: true,
      review: false,
    });
    expect(sectionRights("in-scrittura", null, other)).toEqual(all);
  });

  it("lets nobody write a closed section directly, and only facilitators review it", () => {
    expect(sectionRights("chiusa", "coop", owner)).toEqual({
      writeDirectly: false,
      suggest: true,
      review: false,
    });
    expect(sectionRights("chiusa", "coop", facilitator)).toEqual({
      writeDirectly: false,
      suggest: true,
      review: true,
    });
  });

  it("gives observers nothing", () => {
    expect(sectionRights("in-scrittura", "coop", ownerObserver)).toEqual({
      writeDirectly: false,
      suggest: false,
      review: false,
    });
  });
});

describe("section status", () => {
  it("counts signed-off and closed sections as ready", () => {
    expect(isSectionReady("in-scrittura")).toBe(false);
    expect(isSectionReady("pronta")).toBe(true);
    expect(isSectionReady("chiusa")).toBe(true);
  });

  it("accepts only the known states in a request", () => {
    expect(SectionStatusChangeSchema.safeParse({ status: "chiusa" }).success).toBe(true);
    expect(SectionStatusChangeSchema.safeParse({ status: "riaperta" }).success).toBe(false);
  });
});
