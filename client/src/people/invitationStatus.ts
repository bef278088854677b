import type { Invitation } from "@tavolo/shared";

/** Where an invitation link stands: still usable, or why not. */
export type InvitationStatus = "valid" | "used" | "expired" | "withdrawn";

/** The same rules the server applies when someone opens the link (withdrawn first). */
export function invitationStatus(
  invitation: Pick<Invitation, "revokedAt" | "expiresAt" | "singleUse" | "usedBy">,
  now = Date.now(),
): InvitationStatus {
  if (invitation.revokedAt) return "withdrawn";
  if (Date.parse(invitation.expiresAt) <= now) return "expired";
  if (invitation.singleUse && invitation.usedBy.length > 0) return "used";
  return "valid";
}

/** The full address of an invitation link, to send by e-mail or chat. */
export function invitationUrl(token: string, origin = window.location.origin): string {
  return `${origin}/invito/${token}`;
}
