import {
  type Meeting,
  PHASES,
  type PhaseFacts,
  type PhaseStatus,
  type Procedure,
  unmetConditions,
  type WorkspaceRoom,
} from "@tavolo/shared";

/** Where the procedure stands in each phase: done, current or upcoming, with its documents. */
export function phaseStatuses(
  procedure: Procedure,
  rooms: readonly WorkspaceRoom[],
  meetings: readonly Meeting[],
  facts: PhaseFacts,
): PhaseStatus[] {
  const currentIndex = PHASES.findIndex((phase) => phase.key === procedure.phase);
  return PHASES.map((phase, index) => ({
    key: phase.key,
    state: index < currentIndex ? "done" : index === currentIndex ? "current" : "upcoming",
    expectedDocuments: phase.expectedDocuments.map((doc) => ({
      key: doc.key,
      expected: doc.cardinality === "perMeeting" ? meetings.length : 1,
      present: rooms.filter((room) => room.documentKey === doc.key).length,
    })),
    unmetConditions: unmetConditions(phase.key, facts),
  }));
}
