import type { PhaseStatus, Procedure } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { nextPhase, phaseSteps } from "./phaseSteps.ts";

const status = (
  key: PhaseStatus["key"],
  state: PhaseStatus["state"],
  extra: Partial<PhaseStatus> = {},
): PhaseStatus => ({ key, state, expectedDocuments: [], unmetConditions: [], ...extra });

const procedure = (entered: PhaseStatus["key"][]) =>
  ({
    phaseHistory: entered.map((phase) => ({ phase, by: "p", byName: "Giulia", at: "" })),
  }) as unknown as Procedure;

describe("phaseSteps", () => {
  it("marks an optional phase the procedure never entered as skipped, not done", () => {
    const steps = phaseSteps(procedure(["avvio"]), [
      status("coprogrammazione", "done"),
      status("avvio", "current"),
    ]);
    expect(steps.map((step) => step.state)).toEqual(["skipped", "current"]);
    const entered = phaseSteps(procedure(["coprogrammazione", "avvio"]), [
      status("coprogrammazione", "done"),
    ]);
    expect(entered[0]?.state).toBe("done");
  });

  it("counts the session minutes expected and present", () => {
    const [tavolo] = phaseSteps(procedure(["avvio"]), [
      status("tavolo", "current", {
        expectedDocuments: [
          { key: "verbale", expected: 3, present: 1 },
          { key: "progetto-definitivo", expected: 1, present: 1 },
        ],
      }),
    ]);
    expect(
      tavolo?.documents.map((d) => [d.definition.key, d.present, d.expected, d.complete]),
    ).toEqual([
      ["verbale", 1, 3, false],
      ["progetto-definitivo", 1, 1, true],
    ]);
  });

  it("keeps the conditions it knows and drops ones it does not", () => {
    const [approval] = phaseSteps(procedure([]), [
      status("approvazione", "upcoming", { unmetConditions: ["agreedProposal", "futureRule"] }),
    ]);
    expect(approval?.unmet).toEqual(["agreedProposal"]);
  });
});

describe("nextPhase", () => {
  it("proposes the phase after the current one, or the one before at the end", () => {
    const steps = phaseSteps(procedure([]), [
      status("avvio", "done"),
      status("avviso", "current"),
      status("istruttoria", "upcoming"),
    ]);
    expect(nextPhase(steps)?.definition.key).toBe("istruttoria");
    const last = phaseSteps(procedure([]), [
      status("cogestione", "done"),
      status("rendicontazione", "current"),
    ]);
    expect(nextPhase(last)?.definition.key).toBe("cogestione");
  });
});
