/** Why an answer was not sent: the person cancelled, the passkey failed, or the challenge was wrong. */
export class SigningRefused extends Error {
  constructor(
    readonly reason: "cancelled" | "passkeyFailed" | "mismatch" | "noPasskey",
    message: string = reason,
  ) {
    super(message);
  }
}
