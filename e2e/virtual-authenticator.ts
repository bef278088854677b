import type { BrowserContext, Page } from "@playwright/test";

/** The fields of CDP's `WebAuthn.Credential` that carry a passkey from one device to another. */
export interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

/** A device with Chrome's virtual platform authenticator (CDP), verifying its user. */
export async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async (): Promise<VirtualCredential[]> =>
      (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
    /** Puts a passkey made elsewhere on this device, as a synced passkey arrives. */
    add: (credential: VirtualCredential) =>
      cdp.send("WebAuthn.addCredential", { authenticatorId, credential }),
    /** false: the person does not confirm (the fingerprint or PIN fails, or they cancel). */
    verifies: (isUserVerified: boolean) =>
      cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified }),
  };
}
