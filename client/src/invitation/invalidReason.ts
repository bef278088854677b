/** The i18n key explaining why an invitation can no longer be accepted. */
export type InvalidReasonKey =
  | "invitation.reasons.withdrawn"
  | "invitation.reasons.expired"
  | "invitation.reasons.used"
  | "invitation.reasons.gone"
  | "invitation.reasons.other";

// The server's reasons (server/src/procedures/invitations-route.ts), matched on their key word
// so a rewording that keeps it still finds its translation.
const REASONS: ReadonlyArray<[RegExp, InvalidReasonKey]> = [
  [/withdrawn/, "invitation.reasons.withdrawn"],
  [/expired/, "invitation.reasons.expired"],
  [/already used/, "invitation.reasons.used"],
  [/no longer exists/, "invitation.reasons.gone"],
];

export function invalidReason(reason: string | null): InvalidReasonKey {
  return REASONS.find(([pattern]) => pattern.test(reason ?? ""))?.[1] ?? "invitation.reasons.other";
}
