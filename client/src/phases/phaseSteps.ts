import {
  type ExpectedDocument,
  type PhaseCondition,
  type PhaseDefinition,
  type PhaseStatus,
  type Procedure,
  phaseDefinition,
} from "@tavolo/shared";

/** How a phase stands, as the stepper shows it. `skipped`: an optional phase never entered. */
export type StepState = PhaseStatus["state"] | "skipped";

/** One expected document of a phase and how many of it exist. */
export interface StepDocument {
  definition: ExpectedDocument;
  expected: number;
  present: number;
  /** Every expected copy exists (for "one per session": at least one session and one each). */
  complete: boolean;
}

export interface Step {
  definition: PhaseDefinition;
  state: StepState;
  documents: StepDocument[];
  /** What keeps the procedure out of this phase now. */
  unmet: PhaseCondition[];
}

const CONDITIONS: readonly PhaseCondition[] = ["agreedProposal", "hasPartners"];
const isCondition = (value: string): value is PhaseCondition =>
  CONDITIONS.some((condition) => condition === value);

/** Joins the API's phase statuses with the shared definitions (labels, cardinality). */
export function phaseSteps(procedure: Procedure, statuses: readonly PhaseStatus[]): Step[] {
  const entered = new Set(procedure.phaseHistory.map((change) => change.phase));
  return statuses.map((status) => {
    const definition = phaseDefinition(status.key);
    const skipped = definition.optional && status.state === "done" && !entered.has(status.key);
    return {
      definition,
      state: skipped ? "skipped" : status.state,
      documents: definition.expectedDocuments.map((document) => {
        const counts = status.expectedDocuments.find((count) => count.key === document.key);
        const expected = counts?.expected ?? 1;
        const present = counts?.present ?? 0;
        return {
          definition: document,
          expected,
          present,
          complete: expected > 0 && present >= expected,
        };
      }),
      unmet: status.unmetConditions.filter(isCondition),
    };
  });
}

/** The phase a facilitator most likely moves to next: the first one after the current. */
export function nextPhase(steps: readonly Step[]): Step | undefined {
  const current = steps.findIndex((step) => step.state === "current");
  return steps[current + 1] ?? steps[current - 1];
}
