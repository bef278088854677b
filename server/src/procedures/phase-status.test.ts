import type { Meeting, Procedure, WorkspaceRoom } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { phaseStatuses } from "./phase-status.ts";

const procedure = { phase: "tavolo" } as Procedure;
const meeting = (id: string) => ({ id }) as Meeting;
const room = (documentKey: string) => ({ documentKey }) as WorkspaceRoom;

describe("phaseStatuses", () => {
  it("marks earlier phases done, the current one current and later ones upcoming", () => {
    const states = phaseStatuses(procedure, [], [], { partnerCount: 1, hasAgreedProposal: false });
    expect(states.map((s) => [s.key, s.state])).toEqual([
      ["coprogrammazione", "done"],
      ["avvio", "done"],
      ["avviso", "done"],
      ["istruttoria", "done"],
      ["tavolo", "current"],
      ["approvazione", "upcoming"],
      ["convenzione", "upcoming"],
      ["cogestione", "upcoming"],
      ["rendicontazione", "upcoming"],
    ]);
  });

  it("expects one verbale per session of the table and counts the ones that exist", () => {
    const tavolo = phaseStatuses(
      procedure,
      [room("verbale"), room("progetto-definitivo")],
      [meeting("a"), meeting("b"), meeting("c")],
      { partnerCount: 2, hasAgreedProposal: false },
    ).find((s) => s.key === "tavolo");
    expect(tavolo?.expectedDocuments).toEqual([
      { key: "verbale", expected: 3, present: 1 },
      { key: "progetto-definitivo", expected: 1, present: 1 },
    ]);
  });

  it("reports that approval needs an agreed proposal until there is one", () => {
    const facts = { partnerCount: 2, hasAgreedProposal: false };
    const approval = phaseStatuses(procedure, [], [], facts).find((s) => s.key === "approvazione");
    expect(approval?.unmetConditions).toEqual(["agreedProposal"]);
    const agreed = phaseStatuses(procedure, [], [], { ...facts, hasAgreedProposal: true });
    expect(agreed.find((s) => s.key === "approvazione")?.unmetConditions).toEqual([]);
  });
});
