export interface AuditEvent {
  id: string;
  procedureId: string;
  actorId: string;
  actorName: string;
  action: string;
  /** What the act was about, e.g. the organisation added or the phase entered. */
  details: Record<string, string | number | boolean | null>;
  at: string;
}
