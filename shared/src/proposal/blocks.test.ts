import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBlock, DEFAULT_PROJECT_MONTHS, readBlock } from "./blocks.ts";
import { blockMap } from "./document-shape.ts";
import {
  addPartnershipMember,
  readPartenariato,
  removePartnershipMember,
  updatePartnershipMember,
} from "./partenariato.ts";

describe("structured blocks", () => {
  it("create an empty block of each type that reads back valid", () => {
    const doc = new Y.Doc();
    createBlock(doc, "cronoprogramma", "c");
    createBlock(doc, "pianoEconomico", "p");
    createBlock(doc, "partenariato", "t");
    expect(readBlock(doc, "c")).toEqual({
      ok: true,
      data: {
        type: "cronoprogramma",
        spanMonths: DEFAULT_PROJECT_MONTHS,
        firstMonth: null,
        activities: [],
      },
    });
    expect(readBlock(doc, "p")).toEqual({ ok: true, data: { type: "pianoEconomico", items: [] } });
    expect(readBlock(doc, "t")).toEqual({ ok: true, data: { type: "partenariato", members: [] } });
  });

  it("refuse to create a block twice under one id", () => {
    const doc = new Y.Doc();
    createBlock(doc, "pianoEconomico", "p");
    expect(() => createBlock(doc, "partenariato", "p")).toThrow(/already exists/);
  });

  it("tell a missing block from an invalid one", () => {
    const doc = new Y.Doc();
    expect(readBlock(doc, "nope")).toEqual({ ok: false, problem: "missing" });
    createBlock(doc, "cronoprogramma", "c", { spanMonths: 6 });
    blockMap(doc, "c")?.set("type", "gantt");
    expect(readBlock(doc, "c")).toMatchObject({ ok: false, problem: "invalid" });
  });
});

describe("partenariato", () => {
  it("list each organisation once, with at most one capofila", () => {
    const doc = new Y.Doc();
    const block = createBlock(doc, "partenariato", "t");
    addPartnershipMember(block, { organisationId: "comune-padova", role: "capofila" }, "m1");
    addPartnershipMember(
      block,
      { organisationId: "coop-giotto", resources: "Due educatori" },
      "m2",
    );
    expect(() => addPartnershipMember(block, { organisationId: "coop-giotto" })).toThrow(/already/);
    updatePartnershipMember(block, "m2", { role: "capofila" });
    const read = readPartenariato(block);
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]?.message).toMatch(/only one capofila/);
    updatePartnershipMember(block, "m2", { role: "partner", responsibilities: "Accoglienza" });
    expect(readPartenariato(block).data?.members[1]).toEqual({
      id: "m2",
      organisationId: "coop-giotto",
      role: "partner",
      responsibilities: "Accoglienza",
      resources: "Due educatori",
    });
    expect(removePartnershipMember(block, "m1")).toBe(true);
    expect(readPartenariato(block).data?.members.map((m) => m.id)).toEqual(["m2"]);
  });
});
