import { platformAuthenticatorIsAvailable } from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import { createPasskey, passkeysSupported, thisDeviceName } from "./passkeys.ts";

/**
 * What accepting an invitation does about a passkey: "create" one right after joining, when this
 * device can make one itself (Windows Hello, Touch ID, a phone's screen lock); "later" from "Il
 * mio account" (a phone or a security key) when it cannot; "unsupported" without WebAuthn;
 * "none" for someone who already has a way in.
 */
export type InvitationPasskeyStep = "create" | "later" | "unsupported" | "none";

export const INVITATION_PASSKEY_TEXT = {
  create: "account.invitation.passkeyStep",
  later: "account.invitation.later",
  unsupported: "account.errors.unsupported",
} as const;

export function useInvitationPasskeyStep(needed: boolean): InvitationPasskeyStep {
  const [platform, setPlatform] = useState(false);
  useEffect(() => {
    let live = true;
    platformAuthenticatorIsAvailable()
      .then((available) => live && setPlatform(available))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!needed) return "none";
  if (!passkeysSupported()) return "unsupported";
  return platform ? "create" : "later";
}

/**
 * Right after joining, asks the browser for a passkey; the membership stands whatever happens.
 * Returns the message key that says how it went.
 */
export async function passkeyAfterAccepting(): Promise<
  "account.invitation.created" | "account.invitation.notCreated"
> {
  try {
    await createPasskey(thisDeviceName());
    return "account.invitation.created";
  } catch {
    return "account.invitation.notCreated";
  }
}
