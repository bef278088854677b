import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { describe, expect, it } from "vitest";
import { SoftAuthenticator } from "./helpers/soft-authenticator.ts";

const origin = "http://127.0.0.1:4000";
const rpID = "127.0.0.1";

async function registered(device: SoftAuthenticator) {
  const options = await generateRegistrationOptions({ rpName: "Tavolo", rpID, userName: "Anna" });
  const response = device.register(options, origin);
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: options.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
  });
  if (!result.verified) throw new Error("registration not verified");
  return result.registrationInfo.credential;
}

describe("the soft authenticator (test helper)", () => {
  it("registers a credential that SimpleWebAuthn verifies", async () => {
    const device = new SoftAuthenticator();
    const credential = await registered(device);
    expect(credential.id).toBe(device.credentialIds[0]);
  });

  it("signs a discoverable assertion that verifies, on a copied device too", async () => {
    const device = new SoftAuthenticator();
    const credential = await registered(device);
    for (const signer of [device, device.copy()]) {
      const options = await generateAuthenticationOptions({ rpID });
      const response = signer.authenticate(options, origin);
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: options.challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        credential,
      });
      expect(result.verified).toBe(true);
    }
  });

  it("answers with a tampered challenge or RP when asked, which verification refuses", async () => {
    const device = new SoftAuthenticator();
    const credential = await registered(device);
    const options = await generateAuthenticationOptions({ rpID });
    for (const tamper of [{ challenge: "b3RoZXI" }, { rpId: "example.org" }]) {
      const response = device.authenticate(options, origin, tamper);
      await expect(
        verifyAuthenticationResponse({
          response,
          expectedChallenge: options.challenge,
          expectedOrigin: origin,
          expectedRPID: rpID,
          credential,
        }),
      ).rejects.toThrow();
    }
  });

  it("has no credential for another RP", async () => {
    const device = new SoftAuthenticator();
    await registered(device);
    const options = await generateAuthenticationOptions({ rpID: "localhost" });
    expect(() => device.authenticate(options, "http://localhost:4000")).toThrow(/no credential/);
  });
});
