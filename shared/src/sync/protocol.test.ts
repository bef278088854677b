import { describe, expect, it } from "vitest";
import { CloseCode, isFinalCloseCode } from "./protocol.ts";

describe("close codes", () => {
  it("put every code that asks the client to come back outside 4400–4499", () => {
    for (const code of [
      CloseCode.goingAway,
      CloseCode.internalError,
      CloseCode.slowConsumer,
      CloseCode.accessChanged,
      CloseCode.tooManyPendingMessages,
    ]) {
      expect(isFinalCloseCode(code), `code ${code}`).toBe(false);
    }
  });

  it("keep refusals that reconnecting cannot fix in 4400–4499", () => {
    for (const code of [
      CloseCode.malformedMessage,
      CloseCode.unauthorized,
      CloseCode.forbidden,
      CloseCode.unknownMessageType,
      CloseCode.documentTooLarge,
    ]) {
      expect(isFinalCloseCode(code), `code ${code}`).toBe(true);
    }
  });

  it("use only the standard codes and Tavolo's 4400–4599", () => {
    for (const code of Object.values(CloseCode)) {
      expect(code < 2000 || (code >= 4400 && code < 4600), `code ${code}`).toBe(true);
    }
  });
});
